# `for a, b in <pair iterator>` loops take the pairs without building tuples; the iterators must
# still behave exactly as their __next__ would.
import sys

for i, x in enumerate("abc"):
    print(i, x)
for i, x in enumerate([10, 20], start=sys.maxsize - 1):
    print(i, x)
for i, x in enumerate(iter(range(3)), -2):
    print(i, x)
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for a, b in zip(range(2), range(5, 7)):
    print(a, b)
for t in zip("ab", "cd"):
    print(t)
for (a, b) in enumerate("q"):
    print(a, b)
for a, *b in enumerate("rs"):
    print(a, b)
try:
    for a, b, c in enumerate("t"):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip("ab", "c", strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip("a", "cd", strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
for a, b, c in zip("abc", "de", "fgh"[:2]):
    print(a, b, c)

d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        print(k, v)
        d.pop(2, None)
        d.pop(3, None)
        d[3] = 3
except RuntimeError as e:
    print("RuntimeError", e)


class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return (i * 100, x)


for i, x in MyEnum("ab"):
    print(i, x)


def gen():
    yield 1
    raise KeyError("inside")


try:
    for i, x in enumerate(gen()):
        print(i, x)
except KeyError as e:
    print("KeyError", e)

it = enumerate("abcd")
for i, x in it:
    if i == 1:
        break
print(next(it), list(it))
it = iter({"p": 1, "q": 2, "r": 3}.items())
for k, v in it:
    break
print(k, v, list(it))
z = zip("abc", "def")
for a, b in z:
    break
print(a, b, list(z))
print([(i, c) for i, c in enumerate("hi")], {k: v for k, v in zip("ab", "cd")}, dict((v, k) for k, v in {1: 2}.items()))
