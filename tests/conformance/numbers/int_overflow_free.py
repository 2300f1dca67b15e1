# Integers never overflow: factorials, powers, and mixing huge and small
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [0, 1, 5, 20, 21, 30, 60]:
    print(n, fact(n))
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 1000000007, x // 10**40, len(str(x)))
print((2**127 - 1) % 97, 2**127 - 1)
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(-(2**100) // 3, -(2**100) % 3, (2**100) // -3)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4294967295 * 4294967297)
print(abs(-(2**64)), (2**64).__neg__(), ~(2**64))
