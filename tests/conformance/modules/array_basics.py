# array.array: construction, every typecode, sequence protocol, slicing and conversions
import array, sys
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in 'bBhHiIlLqQfdw':
    a = A(tc, [1, 2, 3]) if tc != 'w' else A(tc, 'xyz')
    print(tc, a.itemsize, a.typecode, len(a), a, a[0], a[-1], list(a))
print(A('d', [1.5, -0.0, float('inf')]), A('f', [0.1]), A('i'), A('w', ''))
print(A('b', b'\x01\xff'), A('H', bytearray(b'\x01\x00\x02\x00')), A('i', (4, 5)), A('i', range(3)), A('i', A('i', [7])))
print(A('w', 'h\u00e9\U0001F600'), A('w', 'h\U0001F600')[1], len(A('w', '\U0001F600x')))
a = A('i', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2])
a[2:5] = A('i', [20, 30])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a[0] = 99
del a[-1]
print(a, 99 in a, 5 in a)
b = A('i', [1, 2]) + A('i', [3])
b += A('i', [4])
b *= 2
print(b, A('i', [1]) * 3, 2 * A('h', [5]), A('i', [1]) * -1)
b.append(5); b.insert(0, -1); b.insert(100, 100); b.insert(-100, -100)
print(b, b.pop(), b.pop(0), b.count(1), b.index(2), b.index(2, 3))
b.remove(4); b.reverse(); b.extend([8, 9]); b.extend(A('i', [10]))
print(b, b.tolist())
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]),
      A('b', [1]) != A('b', [1, 0]), A('i', [2]) > A('h', [1, 5]), A('i') == [], A('d', [float('nan')]) == A('d', [float('nan')]))
c = A('h', [1, 256])
print(c.tobytes(), bytes(c), c.buffer_info()[1])
c.byteswap()
print(c)
c.frombytes(b'\x02\x00')
print(c)
c.fromlist([3, 4])
print(c)
try:
    c.fromlist([5, 'x'])
except TypeError as e:
    print('TypeError', e, c)
u = A('w', 'ab')
u.fromunicode('cd')
print(u.tounicode(), u)
m = memoryview(A('i', [1, 2, 3]))
print(m.format, m.itemsize, m.nbytes, len(bytes(m)))
import struct
s = A('b', [0] * 4)
struct.pack_into('<i', s, 0, 0x01020304)
print(s)
class Sub(A):
    pass
sa = Sub('i', [1, 2])
sa.x = 1
print(sa, type(sa[:1]).__name__, type(sa + sa).__name__, sa.x, A.__class_getitem__(int))
it = iter(A('i', [1, 2, 3]))
next(it)
print(type(it).__name__, list(it))
import copy
print(copy.copy(A('i', [1])), copy.deepcopy(A('d', [2.5])))
