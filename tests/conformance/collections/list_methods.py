# reference: CPython 3.14
# list methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([3, 5]); print(l)
l.insert(0, 'start'); l.insert(100, 'end'); l.insert(-1, 'before-end'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
l = [x for x in l if isinstance(x, int)]
print(l.index(5), l.index(5, 5), l.count(5), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, l)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError', e)
m = [1, 2, 3]
m[1:2] = [7, 8, 9]; print(m)
del m[0]; print(m)
del m[::2]; print(m)
m *= 3; print(m)
print(list(), list('ab'), list(range(3)), list({1: 2}), list((1, 2)))
print([1, 2] + [3], [[]] * 2, len([1, [2, 3]]), [1, 2, 3][-1], sum([1, 2, 3]))
m.extend(x for x in range(3)); print(m)
