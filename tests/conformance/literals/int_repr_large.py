# Large integers: arithmetic, repr and conversions
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(divmod(b, 12345678901234567890))
print(a.bit_length(), b.bit_length(), (a - 1).bit_count())
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)))
print(hex(a), oct(b)[:20], bin(b)[:20])
print(int(str(b)) == b, int(hex(a), 16) == a)
print(a >> 190, a << 3, -a >> 199, (a | b) & 0xffff, a ^ b == b ^ a)
print(pow(3, 1000, 10 ** 9 + 7), pow(7, 222, 1000))
print(abs(-a) == a, -(-a) == a, (10 ** 30).to_bytes(13, 'big').hex())
print(int.from_bytes(b'\x01\x00\x00\x00\x00\x00\x00\x00\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print(float(a), float(-b), int(1e30), 10 ** 25 / 10 ** 5)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
