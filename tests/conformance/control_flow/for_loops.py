# for loops over many iterables with else/break/continue
for ch in 'abc':
    print(ch, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(5):
    if i % 2:
        continue
    print('even', i)
else:
    print('done evens')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(3):
    pass
print('i after loop', i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
for lst[0] in range(3):
    pass
print(lst)
d = {}
for d['key'] in 'xy':
    pass
print(d)
class Obj: pass
o = Obj()
for o.attr in [7, 8]:
    pass
print(o.attr)
