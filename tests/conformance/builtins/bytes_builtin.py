# bytes() and bytearray() constructors
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes('abc', 'ascii'), bytes(b'copy'), bytes(bytearray(b'ba')), bytes(range(65, 70)))
print(bytearray(), bytearray(2), bytearray([65]), bytearray('é', 'utf-8'), bytearray(b'x') + b'y')
for args in [([256],), ([-1],), ('abc',), (1.5,), (-1,)]:
    try:
        bytes(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()), bytes(memoryview(b'mv')), b'abc'[1], b'abc'[1:2], bytes.fromhex('00ff'), b'\x00\xff'.hex(':'))
print(b'hello'.replace(b'l', b'L'), b'a b'.split(), b'x'.join([b'1', b'2']), b'abc'.startswith(b'a'), b'%s=%d' % (b'k', 5))
print(b'Hello'.lower(), b'hello'.title(), b'  x  '.strip(), b'abc'.find(b'c'), b'abc' * 2, b'ab' < b'b', bytes(b'\n\t\\'))
