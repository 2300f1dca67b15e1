# Bytes and bytearray literals
bs = [b'abc', b"x\x00y", B'\xff\xfe', br'\n', Rb'\x41', b'', b'\t\n\r', bytes(3), bytes([65, 66, 67]),
      bytes(range(5)), b'%d' % 42]
for b in bs:
    print(repr(b), len(b), list(b)[:5])
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, bytes(ba), len(ba))
print(b'abc'[0], b'abc'[1:], b'abc'[::-1], b'ab' * 3, b'a' + b'b')
print(b'hello world'.split(), b'a,b,,c'.split(b','), b' x '.strip(), b'abc'.upper())
print(b'abc'.hex(), bytes.fromhex('de ad be ef'), b'abc'.decode(), 'é'.encode('utf-8'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat', 97 in b'cat')
try:
    b'abc'[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b'a' + 'b'
except TypeError as e:
    print("TypeError", e)
print(bytes('ab', 'ascii'), bytearray(2), b'\x80'.decode('latin-1'))
print(repr(bytes([0, 9, 10, 13, 39, 34, 92, 127, 128, 255])))
