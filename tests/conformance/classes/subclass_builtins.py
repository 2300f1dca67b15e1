# Subclassing list, dict, int, str
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s + [4]).__name__, type(s[:1]).__name__, isinstance(s, list))
class CountDict(dict):
    def __missing__(self, k): return 0
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
cd = CountDict()
for ch in 'hello':
    cd[ch] = cd[ch] + 1
print(cd, cd['z'], type(cd.copy()).__name__)
class Meters(int):
    def __repr__(self): return f'{int(self)}m'
    def __add__(self, o): return Meters(int(self) + int(o))
m = Meters(5)
print(m, m + 3, type(m + 3).__name__, type(m * 2).__name__, m == 5, repr(m))
class Tag(str):
    def __new__(cls, v): return super().__new__(cls, v.strip().lower())
t = Tag('  HTML ')
print(repr(t), t, t.upper(), type(t.upper()).__name__, t == 'html', len(t))
class OrderedSet(dict):
    def add(self, x): self[x] = None
    def __repr__(self): return '{' + ', '.join(map(repr, self)) + '}'
o = OrderedSet(); [o.add(x) for x in 'banana']
print(o)
class Tup(tuple):
    def sum(self): return sum(self)
print(Tup((1, 2, 3)).sum(), Tup('ab'), type(Tup((1,)) + (2,)).__name__)
