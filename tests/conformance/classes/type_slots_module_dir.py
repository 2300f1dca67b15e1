# type(): __slots__ validation (variable-size bases, repeated names), __module__ assignment drops
# __firstlineno__, dir() of an object whose __class__ slot is unset, compile() of buffer objects.
import array

cases = [({'__slots__': b'x'}, ()), ({'__slots__': 'x'}, (int,)), ({'__slots__': ('a',)}, (tuple,)),
         ({'__slots__': ()}, (tuple,)), ({'__slots__': '__dict__'}, (int,)), ({'__slots__': 'x'}, (bytes,)),
         ({'__slots__': ''}, ()), ({'__slots__': '42'}, ()), ({'__slots__': ['a', 'a']}, ()),
         ({'__slots__': [1]}, ()), ({'__slots__': 'x', 'x': 1}, ()), ({'__slots__': 'x'}, (bool.__base__,))]
for ns, bases in cases:
    try:
        A = type('A', bases, ns)
        print('ok', sorted(k for k in A.__dict__ if not k.startswith('__')))
    except Exception as e:
        print(type(e).__name__, e)

class B(int):
    pass
try:
    type('C', (B,), {'__slots__': ('y',)})
except TypeError as e:
    print('TypeError', e)

A = type('A', (), {'__firstlineno__': 42})
print(A.__dict__['__firstlineno__'], A.__module__ == __name__)
A.__module__ = 'm'
print('__firstlineno__' in A.__dict__, A.__module__)
A.__firstlineno__ = 43
print(A.__dict__['__firstlineno__'])

class Foo:
    __slots__ = ['__class__', '__dict__']
    def __init__(self):
        self.bar = 'wow'
print(dir(Foo()))
class Bar:
    __slots__ = ['a']
print([n for n in dir(Bar()) if not n.startswith('__')], '__repr__' in dir(Bar()))

print(eval(compile(memoryview(b'1+2'), 'n', 'eval')), eval(compile(bytearray(b'3'), 'n', 'eval')),
      eval(memoryview(b'4')), eval(compile(array.array('b', b'5*2'), 'n', 'eval')))
exec(bytearray(b'print("exec of a bytearray")'))
for bad in (1, None, [1]):
    try:
        compile(bad, 'n', 'exec')
    except TypeError as e:
        print('TypeError', e)

class W:
    pass
for ns, bases in [({'__slots__': ('__weakref__', '__weakref__')}, ()), ({'__slots__': ('__dict__', '__dict__')}, ()),
                  ({'__slots__': '__weakref__'}, (W,)), ({'__slots__': '__dict__'}, (W,)), ({'__slots__': '__weakref__'}, ()),
                  ({'__slots__': '__weakref__'}, (int,))]:
    try:
        type('A', bases, ns)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())
for flags in (0xff, 0x10, 0x400, 0x1000, 0x2000, 0x4000, 0x20000, 0x200000, 0x1):
    try:
        compile('1', 's', 'exec', flags)
        print(hex(flags), 'ok')
    except ValueError as e:
        print(hex(flags), 'ValueError', e)
