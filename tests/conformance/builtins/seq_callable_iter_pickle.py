# The old-protocol sequence iterator (iter(obj) over __getitem__) and iter(callable, sentinel):
# __reduce__, __setstate__, __length_hint__, pickling, copying and reentrant exhaustion.
import pickle, copy, operator

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

class SeqLen(Seq):
    def __len__(self):
        return self.n

it = iter(Seq(4))
print(type(it).__name__, next(it), it.__reduce__()[0] is iter, it.__reduce__()[2])
print(it.__length_hint__(), operator.length_hint(iter(SeqLen(5))), operator.length_hint(it, 7))
it2 = pickle.loads(pickle.dumps(it))
print(type(it2).__name__, list(it2), list(copy.copy(it)))
it3 = iter(SeqLen(5))
it3.__setstate__(3)
print(list(it3), it3.__reduce__()[1], it3.__length_hint__())
it4 = iter(SeqLen(3))
it4.__setstate__(-5)
print(list(it4))
try:
    it4.__setstate__('x')
except TypeError as e:
    print('TypeError', e)

counter = iter([1, 2, 3, 0, 5]).__next__
ci = iter(counter, 0)
print(type(ci).__name__, next(ci), ci.__reduce__()[0] is iter, ci.__reduce__()[1][1])
print(list(ci), ci.__reduce__()[1])

def spam():
    if spam.inner:
        return 'stop'
    spam.inner = True
    list(spam.it)
    return 'more'

spam.inner = False
spam.it = iter(spam, 'stop')
try:
    print(next(spam.it))
except StopIteration:
    print('StopIteration')

class Eq:
    def __eq__(self, other):
        print('sentinel.__eq__ called first')
        return False

vals = iter([1, 2])
ci2 = iter(lambda: next(vals), Eq())
print(next(ci2))
