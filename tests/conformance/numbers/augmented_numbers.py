# Numeric loops with accumulation and mixed updates
acc_i, acc_f = 0, 0.0
for i in range(1, 101):
    acc_i += i * i
    acc_f += 1 / i
print(acc_i, acc_f)
x = 1.0
for _ in range(30):
    x = (x + 2 / x) / 2
print(x, x * x)
a, b = 0, 1
for _ in range(90):
    a, b = b, a + b
print(a, b, b / a)
e = 0.0
f = 1
for k in range(20):
    e += 1 / f
    f *= k + 1
print(e)
p = 1
for k in range(1, 200):
    p = p * k % 1000003
print(p)
print(sum(1 / (k * k) for k in range(1, 10001)), sum((-1) ** k / (2 * k + 1) for k in range(10000)) * 4)
