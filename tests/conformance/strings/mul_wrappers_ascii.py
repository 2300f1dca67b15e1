# str/bytes/list __mul__/__rmul__ (sq_repeat wrappers) and ascii() keeping an ASCII repr object as is.
class S(str): pass
class R:
    def __repr__(self): return S('<abc>')
print(type(ascii(R())).__name__, ascii(R()), type(f'{R()!a}').__name__)
class R2:
    def __repr__(self): return S('<\xe9>')
print(type(ascii(R2())).__name__, ascii(R2()))
print('abc'.__mul__(3), 'abc'.__rmul__(2), 'abc'.__mul__(-1) == '', b'ab'.__mul__(2), bytearray(b'x').__rmul__(3), [1].__mul__(2), (1,).__rmul__(2))
for bad in ['', 2.0, None]:
    try: 'abc'.__mul__(bad)
    except TypeError as e: print('TypeError:', e)
class T(str):
    pass
print(T('ab') * 2, 2 * T('ab'), type(T('ab') * 1).__name__)
class Foo:
    def __rmul__(self, other): return 'Foo.__rmul__'
    def __mul__(self, other): return 'Foo.__mul__'
print(T('ab') * Foo(), 'ab' * Foo(), [1] * Foo(), Foo() * 'x')
class U(str):
    def __mul__(self, n): return 'U.__mul__'
print(U('a') * 3, 3 * U('a'))
print(str.__mul__, type(str.__mul__).__name__)
