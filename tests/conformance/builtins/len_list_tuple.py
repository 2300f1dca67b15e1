# len(), list(), tuple()
print(len([]), len('abc'), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(range(0, 10, 3)))
print(list(), list('ab'), list((1, 2)), list({1: 'x'}), list(range(3)), list(x for x in 'hi'), list({'b': 1, 'a': 2}.items()))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(2)), tuple({1: 2}.values()))
l = [1, 2]
print(list(l) is l, tuple(tuple(l)) == (1, 2))
t = (1, 2)
print(tuple(t) == t, type(tuple(t)).__name__)
for bad in [5, None]:
    try:
        list(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class L:
    def __len__(self): return 42
    def __iter__(self): return iter([1, 2])
print(len(L()), list(L()), tuple(L()))
