# List, tuple, dict, set display literals
print([], [1], [1, 2, 3,], [[1, 2], [3]], [*range(3), *"ab"])
print((), (1,), (1, 2), ((1,),), 1, (1))
t = 1, 2, 3
print(t, type(t).__name__)
print({}, {'a': 1}, {'a': 1, 'b': 2, 'a': 3}, {**{'x': 1}, 'y': 2, **{'x': 9}})
print({1, 2, 3}, {3, 2, 1, 2}, set(), type({}).__name__, type({1}).__name__)
print({1: 'one', 2: 'two'}[2], [10, 20, 30][-1], (5, 6)[0])
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == {2, 1})
print(len([None] * 4), [0] * 3, (1, 2) * 2, [1] + [2])
print({True: 'a', 1: 'b', 1.0: 'c'})
print(repr([1, 'a', 2.5, None, True, (1,), {'k': [1]}]))
print([x for x in ()], {k: v for k, v in []}, {x for x in ()})
nested = {'list': [1, {'set': {1}}], 'tuple': (1, [2]), 'empty': ((), [], {})}
print(nested)
print(*[1, 2], *(3,), sep='-')
