# Pickling and copying of the built-in iterators and lazy built-ins, as CPython's __reduce__/__setstate__ give.
import copy
import pickle


def roundtrip(obj, proto):
    return pickle.loads(pickle.dumps(obj, proto))


def show(label, it):
    print(label, type(it).__name__, list(it))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter([1, 2, 3, 4])
    next(it)
    show(f"list p{proto}", roundtrip(it, proto))
    it = reversed([1, 2, 3, 4])
    next(it)
    show(f"list_rev p{proto}", roundtrip(it, proto))
    it = iter((5, 6, 7))
    next(it)
    show(f"tuple p{proto}", roundtrip(it, proto))
    it = iter(range(10, 20, 3))
    next(it)
    show(f"range p{proto}", roundtrip(it, proto))
    it = iter(range(2**64, 2**64 + 3))
    next(it)
    show(f"longrange p{proto}", roundtrip(it, proto))
    it = iter({"a": 1, "b": 2, "c": 3})
    next(it)
    show(f"dict p{proto}", roundtrip(it, proto))
    it = iter({"a": 1, "b": 2}.items())
    show(f"items p{proto}", roundtrip(it, proto))
    it = reversed({"a": 1, "b": 2, "c": 3}.values())
    next(it)
    show(f"rev values p{proto}", roundtrip(it, proto))
    show(f"set p{proto}", sorted(roundtrip(iter({3, 1, 2}), proto)))
    e = enumerate("xyz", 5)
    next(e)
    show(f"enumerate p{proto}", roundtrip(e, proto))
    show(f"zip p{proto}", roundtrip(zip("ab", [1, 2, 3]), proto))
    show(f"map p{proto}", roundtrip(map(abs, [-1, -2]), proto))
    show(f"filter p{proto}", roundtrip(filter(None, [0, 1, 2, 0]), proto))
    print("slice", roundtrip(slice(1, None, -2), proto), roundtrip(len, proto) is len)

# Exhausted iterators pickle as iterators over an empty sequence.
it = iter([1])
list(it)
print(it.__reduce__())
it = iter(())
list(it)
print(it.__reduce__())

# __reduce__ results and __setstate__ clipping.
it = iter([10, 20, 30])
print(it.__reduce__()[1:], it.__length_hint__())
it.__setstate__(99)
print(list(it))
it = iter(range(5))
it.__setstate__(-4)
print(list(it))
it = iter(range(0, 10, 2))
it.__setstate__(3)
print(it.__reduce__()[1], list(it))
r = reversed("abcd")
r.__setstate__(1)
print(list(r))
print(map(len, ["ab"]).__reduce__()[1][0] is len)
print(zip([1], strict=True).__reduce__()[2])
z = pickle.loads(pickle.dumps(zip([1, 2], [3], strict=True)))
try:
    list(z)
except ValueError as exc:
    print("ValueError", exc)
print([].append.__reduce__()[0] is getattr, list.append.__reduce__()[1])

# copy and deepcopy go through the same protocol.
print(copy.deepcopy(slice(1, 2, 3)), list(copy.copy(iter([7, 8]))))
it = iter(range(3))
c = copy.copy(it)
next(c)
print(list(it), list(c))
