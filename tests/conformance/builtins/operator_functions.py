# The operator module functions (C _operator behaviour)
import operator
class BadIdx:
    def __index__(self): return 'x'
for f, args in [(operator.index, (BadIdx(),)), (operator.index, (1.5,)), (operator.index, (True,)), (operator.add, (1, 2)), (operator.add, (1,)),
                (operator.concat, ([1], [2])), (operator.concat, (1, 2)), (operator.concat, ({}, {})), (operator.countOf, ([1, 2, 1], 1)), (operator.indexOf, ([1, 2], 3)),
                (operator.iadd, ([1], [2])), (operator.ior, ({1}, {2})), (operator.truth, ([],)), (operator.not_, (0,)),
                (operator.lt, (1, 2)), (operator.pow, (2, 10)), (operator.neg, ('a',)), (operator.getitem, ([1, 2], 1)), (operator.call, (max, 1, 2)),
                (operator.length_hint, ([1, 2],)), (operator.itemgetter(1), ([5, 6],)), (operator.and_, (6, 3)), (operator.matmul, (1, 2))]:
    try:
        print(f.__name__ if hasattr(f, '__name__') else f, repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
import hmac
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
print(type(operator.add).__name__)
