# memoryview over array.array and cast views: slicing, item assignment with CPython's errors, comparison, toreadonly.
import array
a = array.array('i', [1, 2, 3, 4, 5])
m = memoryview(a)
print(m[1:4].tolist(), m[::2].tolist(), m[::-1].tolist(), m[1:4][1], len(m[1:4]), m[1:4].nbytes, m[::2].strides)
m[0] = 10; m[-1] = -7; print(a)
m[1:3] = array.array('i', [20, 30]); print(a)
for v in ['x', 2**40, 1.5]:
    try: m[0] = v
    except Exception as e: print(type(e).__name__, e)
try: m[1:3] = array.array('h', [1, 2])
except Exception as e: print(type(e).__name__, e)
print(m == a, m == array.array('i', [10, 20, 30, 4, -7]), m[::2] == array.array('i', [10, 30, -7]), m == [10])
d = array.array('d', [1.5, float('nan')]); md = memoryview(d); print(md == d, md[0], md.tolist()[0])
md[0] = 3; print(d[0])
r = m.toreadonly(); print(r.readonly, r.tolist()); a[0] = 99; print(r[0])
try: r[0] = 1
except TypeError as e: print('TypeError', e)
c = memoryview(bytearray(b'ab')).cast('c'); c[0] = b'z'; print(c.tolist())
try: c[0] = b'zz'
except ValueError as e: print('ValueError', e)
h = memoryview(bytearray(8)).cast('H'); h[1] = 65535; print(h.tolist(), bytes(h.obj))
try: h[0] = -1
except ValueError as e: print('ValueError', e)
q = memoryview(bytearray(16)).cast('Q'); q[0] = 2**64 - 1; q[1] = 5; print(q.tolist())
i8 = memoryview(bytearray(8)).cast('q'); i8[0] = -2**63; print(i8.tolist())
print(memoryview(b'abc') == b'abc', memoryview(b'abc')[::2] == b'ac')
