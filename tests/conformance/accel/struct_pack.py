# struct: formats, byte orders, alignment, buffers and struct.error messages
import struct

print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('<3s2xHd'), struct.calcsize('0i'))
print(struct.pack('>hIq', -2, 4000000000, -1))
print(struct.pack('<?cxe', True, b'z', 1.5), struct.pack('!f', 0.1), struct.pack('<d', -0.0))
print(struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('>i', b'\x80\x00\x00\x01'))
print(struct.pack('5s3p', b'abc', b'hello'), struct.unpack('5s3p', b'ab\x00\x00\x00\x05xy'))
s = struct.Struct('<2hb')
print(s.format, s.size, s.pack(1, -1, 7), s.unpack_from(b'\x00\x01\x00\x02\x00\x03', 1))
buf = bytearray(8)
s.pack_into(buf, 2, 5, 6, -7)
print(buf, list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(struct.unpack('<e', struct.pack('<e', 3.14159)), struct.unpack('>f', struct.pack('>f', 1 / 3)))
print(struct.unpack('@P', struct.pack('@P', 2**63)), struct.unpack('<q', struct.pack('<Q', 2**64 - 1)))
print(repr(struct.Struct('>I')), struct.Struct(b'i').format)
for fmt, args in [('b', (200,)), ('<H', (-1,)), ('i', (1.5,)), ('c', ('a',)), ('z', ()), ('3', ()),
                  ('ii', (1,)), ('<e', (1e6,)), ('s', ('x',))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abcd', 2),
             lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: struct.pack_into('i', b'abcd', 0, 1),
             lambda: struct.iter_unpack('i', b'abcde'), lambda: struct.Struct(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
class Point(struct.Struct):
    def __init__(self):
        super().__init__('<ff')
p = Point()
print(type(p).__name__, p.size, p.unpack(p.pack(1.5, -2.25)))
print(issubclass(struct.error, Exception), struct.error.__module__)
