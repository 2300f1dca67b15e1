# GET_ITER on an exact list reuses the iterator of the thread's last finished loop over a list
# (h/alloc). Loops that nest, break, raise, suspend in generators, or whose iterator Python code
# can reach must behave exactly as with a fresh iterator each time.
import sys

a = [1, 2, 3]
b = ["x", "y"]
out = []
for i in a:
    for j in b:
        out.append((i, j))
    for j in b:
        for k in a:
            out.append(k)
print(out)

for i in a:
    if i == 2:
        break
for j in b:
    print("after break", j)

def raiser(xs):
    for x in xs:
        if x == 2:
            raise ValueError(x)

try:
    raiser(a)
except ValueError as e:
    print("raised", e)
print([x * 2 for x in a], [y for y in b])

def gen(xs):
    for x in xs:
        yield x

g1, g2 = gen(a), gen(b)
print(next(g1), next(g2), next(g1), list(g2), list(g1))
print(list(gen(a)), list(gen([])), list(gen(b)))

grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
shrink = [1, 2, 3, 4, 5]
seen = []
for x in shrink:
    seen.append(x)
    if x == 2:
        del shrink[:]
print(seen, shrink)

class L(list):
    def __iter__(self):
        return iter([9, 8])

for x in L([1, 2]):
    print("sub", x)

it = iter(a)
for x in it:
    pass
print(next(it, "exhausted"), list(it))
for x in a:
    pass
print(next(it, "still exhausted"))

# A generator expression's iterator is reachable through gi_frame.f_locals['.0'].
ge = (x for x in a)
dot0 = ge.gi_frame.f_locals[".0"]
print(type(dot0).__name__, list(ge))
for y in b:
    pass
print(next(dot0, "done"), list(dot0))

ge2 = (x for x in b)
next(ge2)
def peek():
    return sys._getframe(1)
print(list(ge2))
for y in a:
    pass

def rec(n, xs):
    if n == 0:
        return []
    r = []
    for x in xs:
        r.append((n, x))
        r.extend(rec(n - 1, xs[:1]))
    return r

print(rec(3, ["p", "q"]))
print(sum(x for x in [1, 2, 3]), sorted({x for x in ["b", "a"]}), {k: v for k, v in [(1, 2)]})
