# Sorting: stability, key, reverse, errors
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
words = ['banana', 'pie', 'Washington', 'book', 'a']
print(sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs); print(nums)
nums.sort(key=lambda x: x % 3); print(nums)
print(sorted([]), sorted([1]), sorted('cba'), sorted({3: 'a', 1: 'b'}), sorted((2.5, 1, True, 0)))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
data = list(range(20))
data.sort(key=lambda x: x % 4)
print(data)
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f'Item({self.v})'
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5)], key=lambda i: i.v))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
l = [1, 2, 3]
def bad_key(x):
    l.append(x)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e)
