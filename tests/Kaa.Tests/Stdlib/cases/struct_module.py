# _struct: every format character, byte order prefix and error message (generated comparisons)
import struct
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for fmt in 'bBhHiIlLqQnNP':
    for v in [-2**64, -2**63-1, -2**63, -2**31-1, -129, -1, 0, 255, 256, 2**31, 2**32, 2**63, 2**64, 1.5, '1', True]:
        t(struct.pack, fmt, v)
    for p in '<>=!':
        for v in [-2**64, -2**63-1, -129, -1, 256, 2**32, 2**63, 2**64, 1.5]:
            t(struct.pack, p+fmt, v)
for f in ['c','s','p','?','e','f','d','0p','3p','x','5x','2c']:
    for v in [b'a', bytearray(b'ab'), 'a', 1, 1e300, None]:
        t(struct.pack, f, v)
t(struct.pack, 'e', 65520.0); t(struct.pack, 'e', 65519.99); t(struct.pack, 'f', 1e39); t(struct.pack,'<e', float('nan'))
t(struct.calcsize, 'z'); t(struct.calcsize, '3'); t(struct.calcsize, 'i\0'); t(struct.calcsize, 99999999999999999999)
t(struct.calcsize, '99999999999999999999i'); t(struct.calcsize, 'é'); t(struct.Struct, 1)
t(struct.pack); t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.unpack, 'i', b'ab');t(struct.unpack, 'i', 'abcd')
t(struct.pack_into, 'i'); t(struct.pack_into, 'i', bytearray(4)); t(struct.pack_into, 'i', bytearray(4), 0); t(struct.pack_into, 'i', b'abcd', 0, 1)
t(struct.pack_into, 'i', bytearray(4), 1, 1); t(struct.pack_into, 'i', bytearray(4), -5, 1); t(struct.pack_into, 'i', bytearray(4), -3, 1)
t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abc', -5); t(struct.iter_unpack, 'i', b'abc'); t(struct.iter_unpack, '', b'abc')
t(struct.calcsize, '@bi'); t(struct.calcsize, '@ib'); t(struct.calcsize, '<bi'); t(struct.calcsize, 'bq0q'); print(repr(struct.Struct('>ih')))
t(struct.calcsize, '<n'); t(struct.calcsize, '>P'); t(struct.calcsize, '=e'); t(struct.unpack, '0p3p', b'\x05ab')
t(struct.calcsize, ' i h ')
