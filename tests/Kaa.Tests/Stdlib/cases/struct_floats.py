# _struct: float/half-float packing bit for bit, buffers, Struct subclassing, argument errors
import struct, math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, 65504.0, 65519.0, 65520.0, 6e-8, 5.96e-8, 2.98e-8, 2.9802322387695312e-08, 2.980232238769532e-08, 1e-10, 0.1, 1/3, 1.00048828125, 1.000244140625, 1.0002441406250002, 2049.0, 2051.0, 6.103515625e-05, 6.1035e-05, float('inf'), -float('inf'), float('nan'), -float('nan')]
import itertools
x = 1.0
for i in range(200):
    x = (x * 1.37 + 0.123) % 70000.0
    vals.append(x); vals.append(-x / 3000.0); vals.append(x * 1e-9)
for v in vals:
    for f in ['<e', '>e', '<f', '<d', 'e']:
        try: b = struct.pack(f, v); print(f, v, b, struct.unpack(f, b))
        except Exception as e: print(f, v, type(e).__name__, e)
for b in [b'\x00\x7c', b'\x01\x7c', b'\x00\xfe', b'\x00\x7e', b'\x01\x00', b'\xff\x7b', b'\x00\x80']:
    print(struct.unpack('<e', b), [math.copysign(1, x) for x in struct.unpack('<e', b)])
print(struct.unpack('<f', b'\x01\x00\xc0\x7f'), struct.pack('<f', struct.unpack('<f', b'\x01\x00\xc0\xff')[0]))
t(struct.pack, 'c', bytearray(b'a')); t(struct.pack, 'd', 2**1024); t(struct.pack, 'd', 2**100); t(struct.pack, 'f', '1')
t(struct.calcsize, b'ii'); t(struct.Struct, format='>h'); print(repr(struct.Struct(b'<q')))
class S(struct.Struct):
    pass
s = S('3h'); print(repr(s), s.size, s.format, s.pack(1,2,3), s.unpack(b'\x01\x00\x02\x00\x03\x00'))
s.x = 5; print(s.x)
print(struct.error.__module__, struct.error.__name__, struct.error.__mro__[1])
it = struct.iter_unpack('<hb', bytes(range(9))); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(it).__name__)
ba = bytearray(10); mv = memoryview(ba)
struct.pack_into('<hi', mv[2:], 1, -2, 3); print(ba)
struct.pack_into('<h', ba, -2, 7); print(ba)
print(struct.unpack_from('<h', mv, 2), struct.unpack_from('<h', buffer=b'\x00\x01\x02', offset=1))
t(struct.unpack_from, '<h', b'\x00\x01\x02', offset=-1); t(struct.unpack_from, '<h', b'\x00\x01\x02', -2)
print(struct.unpack('<4s2p3p0p', b'ab\x00d\x05x\x09yz'))
print(struct.pack('<4s2p3p0p', b'abcdefg', b'qq', bytearray(b'zz'), b'zzz'))
print(struct.pack('300p', b'a'*299)[:3], len(struct.pack('300p', b'a'*299)))
print(struct.calcsize('@c h c i c q c d 0i'), struct.calcsize('@?xhe3sP'), struct.calcsize('!?xhe3s'))
print(struct.pack('@bhbibq', 1, 2, 3, 4, 5, 6))
print(struct.unpack('@bhbibq', struct.pack('@bhbibq', 1, 2, 3, 4, 5, 6)))
print(struct.pack('>?', []), struct.pack('>?', [0]), struct.unpack('??', b'\x00\x05'))
print(struct.pack('>Qq', 2**64-1, -2**63), struct.unpack('<Qq', b'\xff'*16), struct.unpack('@nNP', b'\xff'*24))
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<d', I()))
class F:
    def __float__(self): return 2.5
print(struct.pack('<d', F())); t(struct.pack, '<i', F())
print(struct.Struct('i').__init__('h'))
for i in range(150): struct.calcsize('%di' % i)
struct._clearcache(); t(struct.calcsize); t(struct.unpack, 'i'); t(struct.iter_unpack, 'i')
t(struct.Struct('i').unpack); t(struct.Struct('i').unpack, b'1234', 2); t(struct.Struct('i').pack, x=1)
