# Operator tokens and delimiters parsed correctly
a, b = 7, 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b, a@b if False else 'matmul-skip')
print(a<<b, a>>1, a&b, a|b, a^b, ~a, -a, +a)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
c = 10
c += 1; c -= 2; c *= 3; c //= 2; c %= 7; c **= 2; c <<= 1; c >>= 1; c |= 8; c &= 12; c ^= 5
print(c)
f = 1.5
f /= 2
print(f)
print((y := 5), y)
print([1,2,3][::2], [1,2,3][::-1], [1,2,3][1:], "abc"[-1:])
print(1 if a else 2, not a, a and b, a or b, a is b, a is not b, a in [7], a not in [7])
print((lambda v=0: v is not None)())
print(-2**2, (-2)**2, 2**-1, 2**3**2)
print(1<2<3, 1<2>3, 3>2==2)
print(a.__add__(b), (5).__mul__(2), 5 .bit_length())
x = [1, 2]
x[0] += 10
print(x)
print(*'xyz', sep='')
