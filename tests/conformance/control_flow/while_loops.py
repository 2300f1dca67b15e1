# while loops with else, break, continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('while-else ran, n =', n)
i = 0
while True:
    i += 1
    if i > 3:
        break
print('broke at', i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print('found 4')
        break
else:
    print('no break, k =', k)
count = 0
while count < 3:
    count += 1
else:
    print('else after normal exit', count)
while 0:
    print('never')
else:
    print('else on never-entered loop')
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
