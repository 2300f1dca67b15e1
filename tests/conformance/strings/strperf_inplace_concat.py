# s += t builds long strs in a shared buffer with spare room: snapshots taken along the way, appends to
# older snapshots, dict keys, slices and subclass operands must all behave as independent immutable strs.
s = "a" * 200
snaps = []
for i in range(50):
    s += chr(65 + i % 26)
    snaps.append(s)
t = snaps[10]
t += "zz"                 # appends to an older snapshot: must copy, not disturb the others
print(len(s), s[-5:], len(t), t[-4:], snaps[11][-3:], snaps[10][-3:], snaps[49] is s, snaps[10] + "q" == snaps[10] + "q")
u = snaps[20]; u2 = u + "X"; u3 = u + "Y"
print(u2[-3:], u3[-3:], u2 == u3, len(u2), hash(u2) == hash(u[:] + "X"), u2 == u + "X")
d = {}
k = "k" * 150
for i in range(5):
    k += str(i)
    d[k] = i
print(sorted(len(x) for x in d), d["k" * 150 + "0123"], ("k" * 150 + "01") in d)
e = "é" * 130; e += "😀"; e += "x"; e += "😀"
print(len(e), e[-3:] == "😀x😀", e.count("😀"), e[129:131] == "é😀", ascii(e[-4:]))
w = "w" * 300
for i in range(1000):
    w += "ab"
    if len(w) > 2000: w = w[1000:]
print(len(w), w[:6], w[-6:], w.startswith("w"), w.find("ab"), w == w[:])
p = "p" * 128; q = p; p += ""; print(p is q); p += "x"; print(len(p), len(q), q is not p)
import sys
for i in range(3):
    lst = ["x" * 129]
    lst[0] += "y"
    print(len(lst[0]), lst[0][-2:])
class S(str): pass
ss = S("s" * 200); ss += "t"; print(type(ss).__name__, len(ss))
base = "b" * 140; r1 = base; r1 += "1"; r2 = base; r2 += "2"; print(r1[-1], r2[-1], len(base))
