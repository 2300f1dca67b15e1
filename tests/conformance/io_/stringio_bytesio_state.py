# StringIO/BytesIO __getstate__/__setstate__ (copy, pickle), and "cannot pickle" for built-in objects whose state object.__getstate__ cannot see.
import io, copy, pickle
for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO('ab\r\ncd', newline=nl); s.read(2); s.x = 1
    print(repr(nl), s.__getstate__())
    c = copy.copy(s); print(repr(c.read()), c.x, repr(c.getvalue()))
b = io.BytesIO(b'xyz'); b.read(1); b.y = 2; print(b.__getstate__())
c = pickle.loads(pickle.dumps(b)); print(c.read(), c.y)
s = io.StringIO.__new__(io.StringIO); s.__setstate__(('hello', None, 2, {'k': 1})); print(s.read(), s.k, s.getvalue())
for bad in [1, (1,2,3), ('a', None, -1, None), ('a', None, 'x', None), ('a', None, 0, 5), (1, None, 0, None)]:
    try: io.StringIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [1, (1,2), (b'a', -1, None), (b'a', 'x', None), (b'a', 0, 5), ('s', 0, None)]:
    try: io.BytesIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
c = io.StringIO(); c.close()
try: c.__getstate__()
except Exception as e: print(type(e).__name__, e)

for o in [property(), staticmethod(len), (x for x in [])]:
    try: pickle.dumps(o)
    except TypeError as e: print(e)
