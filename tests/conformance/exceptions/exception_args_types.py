# Exception args of different types and str conversion
for args in [(), ('a',), (1,), (None,), ('a', 'b'), ([1, 2],), ({'k': 'v'},), (ValueError('inner'),)]:
    e = Exception(*args)
    print(repr(args), '| str:', repr(str(e)), '| repr:', repr(e))
e = Exception('x')
e.args = ('changed', 2)
print(e, repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
class E(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    raise E(1, 2)
except E as err:
    print(err.args, str(err), err.a, err.b)
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(F(1, 2).args, str(F('m', 2)))
print(BaseException('b').args, str(BaseException()), repr(BaseException(1, 'x')))
