# break/continue/return interacting with try/finally inside loops
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup before return', i)
print(g())
def h():
    results = []
    for x in [1, 0, 2, 'a', 4]:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append('div0')
            continue
        except TypeError:
            results.append('type')
            break
        else:
            results.append('ok')
        finally:
            results.append('f')
    return results
print(h())
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print('while finally', n)
print('n =', n)
