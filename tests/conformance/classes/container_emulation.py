# Emulating a container: __getitem__/__setitem__/__delitem__ with ints and slices
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self): return self.size
    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('SparseList index out of range')
        return i
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._norm(key), 0)
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            for i, v in zip(range(*key.indices(self.size)), value):
                self[i] = v
            return
        self.data[self._norm(key)] = value
    def __delitem__(self, key):
        self.data.pop(self._norm(key), None)
    def __repr__(self): return f'SparseList({list(self)})'
s = SparseList(8)
s[1] = 5; s[-1] = 9; s[2:6:2] = ['a', 'b']
print(s, s[1], s[-1], s[::3], len(s))
del s[1]
print(s, 5 in s, 'a' in s)
for bad in [8, -9]:
    try:
        s[bad]
    except IndexError as e:
        print('IndexError', e)
print(list(reversed(s)), sorted(x for x in s if isinstance(x, int)))
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get((x, y), '.')
    def __setitem__(self, pos, v): self.cells[pos] = v
g = Grid()
g[0, 0] = '#'; g[1, 2] = '@'
print('\n'.join(''.join(g[x, y] for x in range(3)) for y in range(3)))
