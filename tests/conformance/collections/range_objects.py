# reference: CPython 3.14
# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step)
print(5 in r, 6 in r, r.index(8), r.count(8), range(5) == range(0, 5), range(0) == range(2, 1), range(0, 3, 2) == range(0, 4, 2))
print(list(range(5, 0, -1)), list(range(-3)), list(range(0, -10, -4)), range(10**20)[-1], range(10**20)[5:][-2])
try:
    len(range(10**20))
except OverflowError as e:
    print('OverflowError')
print(range(10)[3:100:2], range(10)[::-2], reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(5)[10]
except IndexError as e:
    print('IndexError', e)
try:
    range(1.0)
except TypeError as e:
    print('TypeError', e)
try:
    range(3).index(7)
except ValueError as e:
    print('ValueError', e)
print(sum(range(101)), max(range(7)), list(map(str, range(3))), bool(range(0)), bool(range(1)))
print(repr(range(0, 10, 1)), repr(range(-5, 5, 2)), hash(range(3)) == hash(range(0, 3, 1)))
