# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
data = list(range(12))
print(data[s], data[slice(None, None, 3)], data[slice(-2, None)], 'abcdefg'[slice(1, 4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice()
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
class Sliceable:
    def __getitem__(self, key):
        return repr(key)
sl = Sliceable()
print(sl[1:2], sl[::], sl[1:2:3], sl[:, 1], sl['a':'b'])
print(hash(slice(1, 2)) == hash(slice(1, 2)))
