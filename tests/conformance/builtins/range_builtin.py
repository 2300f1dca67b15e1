# range() arguments and behaviour
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(0)), list(range(-3, 3)))
r = range(0, 100, 7)
print(len(r), r[3], r[-1], r[2:5], 49 in r, 50 in r, r.index(21), r.count(14))
print(range(5) == range(5), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 5))
for args in [(1, 2, 0), (1.5,), ('3',), ()]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
big = range(10**18)
print(big[-1], big[10**17], len(range(0, 10**18, 10**17)))
print(list(reversed(range(1, 8, 3))), sum(range(1, 101)), max(range(3, 9)), sorted(range(5, 0, -1)))
