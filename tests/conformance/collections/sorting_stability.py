# Sorting stability, multi-key sorts and sort by attribute/itemgetter
from operator import itemgetter, attrgetter
rows = [('b', 2, 'x'), ('a', 2, 'y'), ('c', 1, 'z'), ('a', 1, 'w'), ('b', 1, 'v')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0)))
print(sorted(rows, key=itemgetter(1, 0)))
s = sorted(rows, key=itemgetter(2))
s = sorted(s, key=itemgetter(0))
print(s)
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return f'{self.name}:{self.age}'
people = [P('zed', 30), P('amy', 25), P('bob', 30), P('cat', 25)]
print(sorted(people, key=attrgetter('age')), sorted(people, key=attrgetter('age', 'name')))
print(sorted(people, key=lambda p: (-p.age, p.name)))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.casefold), sorted(sorted(words), key=str.casefold))
print(sorted([3, -1, -3, 1, 2, -2], key=abs), sorted([3, -1, -3, 1, 2, -2], key=lambda x: (abs(x), x)))
