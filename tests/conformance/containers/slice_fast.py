# seq[a:b] and seq[a:b:c] on lists and tuples skip the slice object; the results, identities and
# errors must stay CPython's.
import sys

l = list(range(10))
t = tuple(range(10))
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 11, -10, -11, 100, -100, sys.maxsize, -sys.maxsize - 1]
steps = [None, 1, 2, 3, -1, -2, -3, 100, -100, sys.maxsize, -sys.maxsize - 1]
out = []
for a in bounds:
    for b in bounds:
        out.append(l[a:b])
        out.append(t[a:b])
        for c in steps:
            out.append(l[a:b:c])
            out.append(t[a:b:c])
print(len(out), sum(len(x) for x in out), out[:3], out[-3:])
print(t[:] is t, t[0:] is t, t[::1] is t, t[0:10:1] is t, t[:-1] is t, t[::-1], l[:] is l, l[:] == l)
e = ()
print(e[:] is e, t[5:2] == e, type(t[5:2]))


class T(tuple):
    pass


class L(list):
    def __getitem__(self, i):
        return ("L.__getitem__", i)


tt = T((1, 2, 3))
print(tt[:] is tt, type(tt[:]), L([1, 2])[0:1], L([1, 2])[::2])
print(l[True:], l[False:True], t[True:5:True])


class Idx:
    def __index__(self):
        print("__index__")
        return 2


print(l[Idx():], t[:Idx()], l[::Idx()])
for bad in (0, "x", 1.5):
    for seq in (l, t):
        try:
            print(seq[::bad])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        try:
            print(seq[bad:])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
print(l[2 ** 70:], l[-2 ** 70:2], t[::2 ** 70], t[::-2 ** 70])
s = "abcdef"
print(s[1:4], s[::-2], b"bytes"[1:3], range(10)[2:8:2], bytearray(b"xyz")[1:])
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
y = x[:]
y[0:1] += [0]
print(x, y)
