# String indexing and slicing
s = 'Hello, World!'
print(s[0], s[-1], s[7], s[-6], s[:5], s[7:], s[-6:-1], s[::2], s[::-1], s[1::3], s[100:], s[:-100])
print(s[3:3], s[5:2], s[5:2:-1], s[-1:-4:-1], s[len(s):], s[0:len(s):len(s)])
for i in [13, -14, 100]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError', e)
try:
    s[1.5]
except TypeError as e:
    print('TypeError', e)
try:
    s[0] = 'h'
except TypeError as e:
    print('TypeError', e)
t = 'ab😀cd'
print(len(t), t[2], t[3:], t[::-1], [c for c in t])
print(s[slice(1, 5)], s[slice(None, None, -2)], s[True], 'xyz'[-3])
print(''.join(reversed(s)), s.__getitem__(4), s.__len__(), 'a' * 3 == 'aaa')
print(min(s), max(s), sorted(set('banana')), list(enumerate('abc')))
