# marshal: values survive dumps/loads; data written by CPython (with back-references) loads
import marshal, io
values = [None, True, False, 0, -1, 2**31 - 1, -2**31, 2**31, 2**62, -(2**100), 1.5, -0.0, float('inf'), 1e-300,
          3+4j, '', 'abc', 'é€😀', 'x' * 300, b'', b'\x00\xff', bytearray(b'ba'), (), (1,), (1, (2, 'three')),
          [1, [2, [3]]], {'a': 1, 2: [3]}, {1, 2, 3}, frozenset({'q'}), ..., StopIteration, tuple(range(300))]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v if not isinstance(v, float) or v == v else r != r, repr(r)[:40])
print(marshal.loads(b'\xda\x03abc'), marshal.loads(b'\xe9\x07\x00\x00\x00'), marshal.loads(b'\xdb\x02\x00\x00\x00r\x00\x00\x00\x00r\x00\x00\x00\x00'))
print(marshal.loads(b'l\x02\x00\x00\x00\x00\x00\x01\x00'), marshal.loads(b'l\xfe\xff\xff\xff\x00\x00\x01\x00'))
buf = io.BytesIO()
for v in [1, 'two', [3]]:
    marshal.dump(v, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
for bad in [object(), [object()], int, lambda: 0 if False else None]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
for data in [b'', b'i\x01', b'?']:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)

