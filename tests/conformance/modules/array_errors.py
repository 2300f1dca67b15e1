# array.array: CPython's errors for bad items, typecodes, initializers and method arguments
# (the 'w' item messages, new in 3.14, are in array_item_messages.py)
from array import array as A
import io

def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for tc in 'bBhHiIlLqQ':
    for v in [-1, -129, 128, 256, -32769, 32768, 65536, -2**31 - 1, 2**31, 2**32, -2**63 - 1, 2**63, 2**64, 1.5, 'a', None]:
        t(lambda: A(tc, [v]))
for tc in 'fd':
    for v in [1, 1.5, 'a', 'ab', None, 10**400]:
        t(lambda: A(tc, [v]))
t(lambda: A('x', 5))
t(lambda: A(1))
t(lambda: A())
t(lambda: A('i', [], 3))
t(lambda: A('i', typecode='i'))
t(lambda: A('i', 'abc'))
t(lambda: A('i', A('w', 'a')))
t(lambda: A('i', 5))
t(lambda: A('i', b'abc'))
a = A('i', [1, 2, 3])
t(lambda: a[3])
t(lambda: a['x'])
t(lambda: a.__setitem__(5, 1))
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(slice(0, 1), A('d', [1])))
t(lambda: a.__setitem__(slice(None, None, 2), A('i', [1, 2, 3])))
t(lambda: a + [1])
t(lambda: a + A('d'))
t(lambda: a.__iadd__([1]))
t(lambda: a.extend(A('h')))
t(lambda: a * 'x')
t(lambda: a.index(9))
t(lambda: a.remove(9))
t(lambda: a.pop(10))
t(lambda: A('i').pop())
t(lambda: a.fromlist((1,)))
t(lambda: a.frombytes('ab'))
t(lambda: a.frombytes(b'abc'))
t(lambda: a.fromunicode('x'))
t(lambda: a.tounicode())
t(lambda: A('w').fromunicode(5))
t(lambda: hash(a))
t(lambda: a < [1])
f = io.BytesIO(A('i', [7, 8]).tobytes())
b = A('i')
t(lambda: b.fromfile(f, 3))
print(b)
t(lambda: b.fromfile(f, -1))
out = io.BytesIO()
A('h', [1, 2]).tofile(out)
print(out.getvalue())
for proto in (2, 3):
    for x in [A('i', [1, -2]), A('d', [0.5]), A('w', 'hi'), A('B'), A('Q', [2**64 - 1])]:
        f, args, state = x.__reduce_ex__(proto)
        y = f(*args)
        print(proto, y, y == x, type(y).__name__, state)
print(A('i', [1, 2]).__reduce_ex__(2), A('b', [1]).__reduce_ex__(3)[1])
from array import _array_reconstructor as rec
print(rec(A, 'i', 9, b'\x00\x00\x00\x01\xff\xff\xff\xff'), rec(A, 'l', 8, b'\x05\x00\x00\x00'), rec(A, 'd', 15, b'?\x80\x00\x00'),
      rec(A, 'w', 19, b'\x00h\x00i'), rec(A, 'H', 0, b'\x01\x02'))
t(lambda: rec(1, 'i', 8, b''))
t(lambda: rec(int, 'i', 8, b''))
t(lambda: rec(A, 'x', 8, b''))
t(lambda: rec(A, 'i', 99, b''))
t(lambda: rec(A, 'i', 8, 'x'))
