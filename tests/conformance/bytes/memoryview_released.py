# memoryview: attributes and operations on released views, hashing, tuple keys, pickling.
import copy, pickle
def t(f):
    try: r = f(); print(type(r).__name__, r if not isinstance(r, memoryview) else r.tolist())
    except Exception as e: print(type(e).__name__, e)
for src in (b'abcdef', bytearray(b'abcdef')):
    m = memoryview(src)
    print(m.suboffsets, m.shape, m.strides, m.ndim, m.readonly, m.nbytes, m.contiguous)
    t(lambda: hash(m) == hash(bytes(src)))
    t(lambda: m[(0,)])
    t(lambda: m[()])
    t(lambda: m[(0, 1)])
    t(lambda: m[(slice(0, 1), slice(0, 1))])
    t(lambda: m[(0, slice(0, 1))])
    t(lambda: m.__setitem__((slice(0, 1), slice(0, 1)), b'a'))
    t(lambda: m.__setitem__((0,), b'a'))
    t(lambda: m.__setitem__('a', b'a'))
    t(lambda: m.__setitem__(slice(1, 1), b'a'))
    t(lambda: m.__setitem__(0, b''))
    t(lambda: copy.copy(m))
    t(lambda: pickle.dumps(m))
    m.release()
    print('released memory' in repr(m), m == m, m != memoryview(src))
    for name in ('obj', 'format', 'itemsize', 'ndim', 'readonly', 'shape', 'strides', 'suboffsets', 'nbytes', 'contiguous', 'c_contiguous', 'f_contiguous'):
        t(lambda: getattr(m, name))
    t(lambda: bytes(m)); t(lambda: m.tobytes()); t(lambda: m.tolist()); t(lambda: m[0]); t(lambda: len(m))
    t(lambda: m.__enter__())
    t(lambda: hash(m) == hash(bytes(src)))
m = memoryview(b'abcdef'); h = hash(m); m.release(); print(hash(m) == h == hash(b'abcdef'))
print(hash(memoryview(b'abc').cast('c')) == hash(b'abc'))
t(lambda: hash(memoryview(b'abcd').cast('h')))
class MyIndex:
    def __index__(self):
        m.release()
        return 4
m = memoryview(bytearray(b'\xff' * 16))
t(lambda: m[MyIndex()])
m = memoryview(bytearray(b'\xff' * 16))
t(lambda: list(m[:MyIndex()]))
