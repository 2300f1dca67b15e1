# marshal.dumps/loads/dump/load for data values, back-references, and the errors.
import marshal, io
vals = [None, True, False, 0, -1, 2**31 - 1, -2**31, 2**31, -2**40, 2**100, -(2**200) + 7, 1.5, -0.0, float('inf'), 1+2j,
        'abc', '', 'é€\U0001f600', 'x' * 300, b'bytes\x00', (), (1, 'a'), tuple(range(300)), [1, [2, 3]], {'k': (1, 2), 3: None},
        {1, 2}, frozenset({'a'}), Ellipsis, StopIteration, bytearray(b'ba')]
for v in vals:
    b = marshal.dumps(v)
    back = marshal.loads(b)
    print(type(v).__name__, back == v or (v != v), type(back).__name__)
print(marshal.loads(b'\xe9\x01\x00\x00\x00'), marshal.loads(b'\xda\x03abc'), marshal.loads(b'[\x02\x00\x00\x00\xda\x01xr\x00\x00\x00\x00'))
for v in [0, 1, -5, 2**31, 'hi', (1, 2)]:
    print(marshal.loads(marshal.dumps(v, 2)), marshal.dumps(v, 2))
shared = [1]
t = marshal.loads(marshal.dumps((shared, shared)))
print(t, t[0] is t[1])
f = io.BytesIO()
marshal.dump([1, 2], f); marshal.dump('two', f); f.seek(0)
print(marshal.load(f), marshal.load(f))
for bad in [b'', b'i\x01', b'\x99', b'r\x05\x00\x00\x00']:
    try: marshal.loads(bad)
    except (EOFError, ValueError) as e: print(type(e).__name__, e)
try: marshal.dumps(object())
except ValueError as e: print(e)
