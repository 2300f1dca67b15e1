# Paths that allocate less than the general ones (h/alloc): str slices without a slice object,
# sorted() copying once, list growth. Each must give CPython's results, including edge cases.

# --- s[a:b] on str: exact, subclass, surrogate pairs, lone surrogates, bounds of every kind
s = "tokenizer input 123"
print(s[0:5], s[3:], s[:4], s[-3:], s[:-3], s[-100:4], s[4:100], repr(s[5:2]), repr(s[100:]))
print(s[:] is s, s[0:len(s)] is s, s[0:100] is s, s[-len(s):] is s)
i, j = 2, 7
print(s[i:j], s[j:i] == "", s[i:None], s[None:j], s[None:None] is s)
big = 1 << 70
print(s[-big:3], s[3:big], repr(s[big:]), repr(s[:-big]))
print(s[::1] is s, s[1:10:2], s[::-1], s[10:2:-2])
astral = "a\U0001F600b\U0001F601c"
print(len(astral), ascii(astral[1:3]), ascii(astral[:2]), ascii(astral[3:]), ascii(astral[-2:]))
lone = "x\ud800y\udc00z"
print(len(lone), ascii(lone[1:4]), ascii(lone[:2]), ascii(lone[3:]))
print(ascii(lone[1:2] + lone[2:3]))

class S(str):
    pass

t = S("subclass")
print(type(t[1:4]).__name__, t[1:4], type(t[:]).__name__, t[:] is t)

class Idx:
    def __index__(self):
        return 3

print(s[Idx():6], s[1:Idx()])
for bad in [(1.5, 2), (1, "x"), (None, [])]:
    try:
        s[bad[0]:bad[1]]
    except TypeError as e:
        print("TypeError", e)
try:
    s[1:5:0]
except ValueError as e:
    print("ValueError", e)
acc = ""
for k in range(300):
    acc += "ab"
print(len(acc[10:20]), acc[100:106], acc[:] is acc)
b = b"bytes here"
print(b[1:4], b[:], bytearray(b"xyz")[1:])

# --- sorted(): from every kind of iterable, key/reverse, the input untouched
data = [5, 3, 9, 1, 3]
r = sorted(data)
print(r, data, r is data)
print(sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted("hello"))
print(sorted(x * 7 % 5 for x in range(8)), sorted(range(5, 0, -1)), sorted(iter([2, 1])))
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.values()))
print(sorted(data, reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([], key=len))

class L(list):
    def __iter__(self):
        return iter([100, -1])

print(sorted(L([1, 2, 3])), list(L([1, 2, 3])))

class T(tuple):
    def __iter__(self):
        return iter(["z", "y"])

print(sorted(T((1, 2))))
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], None)
except TypeError as e:
    print("TypeError", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError", e)

def keyfn(x):
    src.append(0)   # the key sees the copy being sorted, not the original
    return x

src = [3, 2, 1]
print(sorted(src, key=keyfn), len(src))

# --- list growth: appends, inserts, extends, then every read agrees
g = []
for k in range(20000):
    g.append(k)
print(len(g), g[0], g[-1], g[10621], g[10622], sum(g))
h = []
for k in range(12000):
    h.insert(0, k)
print(len(h), h[0], h[-1], h[10622])
m = [0] * 3
m.extend(range(20000))
m += [1, 2]
print(len(m), m[:4], m[-3:])
