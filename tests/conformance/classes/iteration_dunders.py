# __iter__/__next__ and __getitem__-based iteration, __reversed__, __contains__
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return SquaresIter(self.n)
class SquaresIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
s = Squares(4)
print(list(s), list(s), sum(s), 9 in s, 10 in s, sorted(s, reverse=True))
class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return chr(ord('a') + i)
print(list(Legacy()), 'c' in Legacy(), list(enumerate(Legacy())), ''.join(Legacy()))
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __reversed__(self):
        print('custom __reversed__')
        return iter(self.d[::-1] + ['!'])
print(list(reversed(Rev([1, 2, 3]))))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return i * 10
print(list(reversed(SeqRev())))
class Cont:
    def __contains__(self, x): return x == 'magic'
print('magic' in Cont(), 'other' in Cont(), 'magic' not in Cont())
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print('TypeError', e)
