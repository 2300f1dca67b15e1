# Mutation during iteration, aliasing, identity
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
result = []
for x in l:
    if len(l) < 6:
        l.append(x * 10)
    result.append(x)
print(result, l)
a = [1, 2]
b = a
a += [3]
print(b)
a = a + [4]
print(a, b)
m = [[]] * 3
m[0].append(1)
print(m, m[0] is m[2])
lst = list(range(10))
lst[2:8] = []
print(lst)
lst[1:1] = 'abc'
print(lst)
lst[::-1] = range(len(lst))
print(lst)
del lst[:]
print(lst)
it = iter([1, 2, 3])
print(list(it), list(it))
x = [0, 1, 2]
x[len(x):] = [3]
x[-1:] = [9, 9]
print(x)
