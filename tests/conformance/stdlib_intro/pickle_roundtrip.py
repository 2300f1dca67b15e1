# pickle (pure-Python on Kaa: it needs BytesIO.getbuffer for frames) round-trips common values.
import io, pickle, collections, fractions

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, other): return (self.x, self.y) == (other.x, other.y)
    def __repr__(self): return f'Point({self.x}, {self.y})'

values = [None, True, 42, -2**100, 3.25, 1+2j, 'text\u00e9', b'\x00bytes', bytearray(b'ba'),
          (1, (2, 3)), [1, [2, []]], {'a': 1, 'b': [2]}, {1, 2}, frozenset({'x'}), range(1, 10, 2),
          collections.OrderedDict(a=1), collections.Counter('hello'), fractions.Fraction(3, 7),
          Point(1, 2), [Point(3, 4)] * 2, 'x' * 70000]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        assert back == v and type(back) is type(v), (proto, v, back)
shared = [1, 2]
a, b = pickle.loads(pickle.dumps((shared, shared)))
print(a is b, len(pickle.dumps(values)) > 70000)
buf = io.BytesIO(b'hello world')
view = buf.getbuffer()
view[0] = ord('J')
print(buf.getvalue(), bytes(view[6:]), len(view), view.readonly)
view.release()
# (Malformed input is not tested: the C _pickle and pickle.py raise different errors for it.)
print('ok')
