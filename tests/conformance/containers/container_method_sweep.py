# reference: CPython 3.14
# list, tuple, dict, set, frozenset, range and slice: every method and operator, with error cases
# (the hash values themselves, which differ on the 32-bit CPython 3.14 reference, are in container_hashes.py).
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

L = [3, 1, 2]
for name, fn in [
    ("append", lambda: (L.append(4), L)), ("extend", lambda: (L.extend((5, 6)), L)), ("extend-bad", lambda: L.extend(1)),
    ("insert", lambda: (L.insert(-1, 9), L)), ("insert-big", lambda: (L.insert(100, 8), L)), ("insert-bad", lambda: L.insert("a", 1)),
    ("pop", lambda: L.pop()), ("pop-i", lambda: L.pop(0)), ("pop-oob", lambda: L.pop(50)), ("pop-empty", lambda: [].pop()),
    ("remove", lambda: (L.remove(9), L)), ("remove-missing", lambda: L.remove(99)), ("index", lambda: L.index(2)),
    ("index-range", lambda: L.index(2, -3, -1)), ("index-missing", lambda: L.index(99)), ("count", lambda: L.count(1)),
    ("reverse", lambda: (L.reverse(), L)), ("sort", lambda: (L.sort(), L)), ("sort-rev-key", lambda: (L.sort(key=lambda x: -x, reverse=True), L)),
    ("sort-bad", lambda: [1, "a"].sort()), ("sort-pos", lambda: L.sort(None)), ("sort-kw", lambda: L.sort(cmp=1)),
    ("copy", lambda: L.copy()), ("clear", lambda: L.copy().clear()), ("mul", lambda: [L * 2, 0 * L, L * -1]),
    ("add-bad", lambda: L + (1,)), ("iadd-tuple", lambda: L.__iadd__((7,))), ("slices", lambda: [L[::2], L[-2:], L[10:], L[::-1]]),
    ("setslice", lambda: (L.__setitem__(slice(0, 2), "ab"), L)), ("ext-slice-bad", lambda: L.__setitem__(slice(None, None, 2), [1])),
    ("delslice", lambda: (L.__delitem__(slice(None, None, 2)), L)), ("getitem-bad", lambda: L[10]), ("getitem-type", lambda: L["a"]),
    ("cmp", lambda: [[1, 2] < [1, 3], [1] < [1, 0], [1, 2] == [1, 2.0]]), ("cmp-bad", lambda: [1] < ["a"]),
    ("list-new", lambda: [list(), list("ab"), list(range(3)), list({1: 2})]), ("list-new-bad", lambda: list(1)),
    ("list-new-kw", lambda: list(x=1)), ("hash", lambda: hash([])), ("repr-rec", lambda: (lambda a: (a.append(a), repr(a))[1])([1])),
    ("mutate-during-sort", lambda: (lambda a: a.sort(key=lambda x: a.append(1) or x))([3, 2, 1])),
]:
    show("list." + name, fn)

T = (1, 2, 3, 2)
for name, fn in [
    ("index", lambda: T.index(2)), ("index-start", lambda: T.index(2, 2)), ("index-missing", lambda: T.index(5)), ("count", lambda: T.count(2)),
    ("add", lambda: T + (4,)), ("add-bad", lambda: T + [4]), ("mul", lambda: T * 2), ("slice", lambda: T[1:3]), ("getitem-bad", lambda: T[9]),
    ("hash-eq", lambda: hash((1, 2)) == hash((1, 2))), ("hash-bad", lambda: hash((1, []))), ("cmp", lambda: [(1, 2) < (1, 2, 0), () < (0,)]),
    ("new", lambda: [tuple(), tuple("ab"), tuple([1])]), ("new-bad", lambda: tuple(1)), ("repr1", lambda: repr((1,))),
]:
    show("tuple." + name, fn)

D = {"a": 1, "b": 2}
for name, fn in [
    ("get", lambda: [D.get("a"), D.get("z"), D.get("z", 0)]), ("get-bad", lambda: D.get()), ("getitem-missing", lambda: D["z"]),
    ("getitem-unhashable", lambda: D[[1]]), ("setdefault", lambda: [D.setdefault("c", 3), D.setdefault("a", 9), D]),
    ("pop", lambda: [D.pop("c"), D.pop("z", None)]), ("pop-missing", lambda: D.pop("z")), ("popitem", lambda: (dict(D).popitem())),
    ("popitem-empty", lambda: {}.popitem()), ("update", lambda: (D.update({"x": 1}, y=2), D.update([("z", 3)]), D)),
    ("update-bad", lambda: D.update([1])), ("update-bad2", lambda: D.update([(1, 2, 3)])), ("update-many", lambda: D.update({}, {})),
    ("fromkeys", lambda: [dict.fromkeys("ab"), dict.fromkeys([1, 2], 0)]), ("keys", lambda: [list(D.keys()), list(D.values()), list(D.items())]),
    ("views", lambda: [sorted(D.keys() & {"a", "q"}), sorted(D.keys() | {"q"}), sorted(D.keys() - {"a"}), sorted(D.keys() ^ {"a", "q"}), D.items() & {("a", 1)}, type(D.keys() | {"q"}).__name__]),
    ("views-cmp", lambda: [D.keys() == {"a", "b", "x", "y", "z"}, D.keys() <= set("abxyzq"), D.keys().isdisjoint("q")]),
    ("reversed", lambda: [list(reversed(D)), list(reversed(D.values())), list(reversed(D.items()))]),
    ("merge", lambda: [D | {"n": 0}, {1: 1} | {1: 2}]), ("merge-bad", lambda: D | [1]), ("imerge", lambda: (D.__ior__([("m", 1)]), D)),
    ("copy", lambda: D.copy()), ("clear", lambda: D.copy().clear()), ("len", lambda: len(D)), ("in", lambda: ["a" in D, 1 in D]),
    ("del-missing", lambda: D.__delitem__("nope")), ("eq", lambda: [{1: 2} == {1: 2.0}, {1: 2} == {1: 3}]), ("lt-bad", lambda: {} < {}),
    ("new", lambda: [dict(a=1), dict([("a", 1)], b=2), dict({"a": 1})]), ("new-bad", lambda: dict([1, 2])), ("new-bad2", lambda: dict(1)),
    ("iter-mutate", lambda: [D.__setitem__(k + "!", 1) for k in D]), ("repr-rec", lambda: (lambda d: (d.__setitem__(1, d), repr(d))[1])({})),
    ("hash", lambda: hash({})), ("keys-repr", lambda: [repr({1: 2}.keys()), repr({1: 2}.items()), repr({1: 2}.values())]),
]:
    show("dict." + name, fn)

for S in (set, frozenset):
    s = S([1, 2, 3])
    for name, fn in [
        ("union", lambda: [s.union([4]), s | S([5]), s.union()]), ("inter", lambda: [s.intersection([2, 9], (2, 3)), s & S([1])]),
        ("diff", lambda: [s.difference([1]), s - S([2])]), ("symdiff", lambda: [s.symmetric_difference([3, 4]), s ^ S([1, 9])]),
        ("sub", lambda: [s.issubset([1, 2, 3, 4]), s <= S([1]), s < S([1, 2, 3, 4])]), ("super", lambda: [s.issuperset([1]), s >= S([1, 2, 3])]),
        ("disjoint", lambda: [s.isdisjoint([7]), s.isdisjoint(S([1]))]), ("or-bad", lambda: s | [1]), ("cmp-list", lambda: s == [1, 2, 3]),
        ("copy", lambda: s.copy()), ("hash", lambda: hash(s) == hash(frozenset([3, 2, 1]))), ("new", lambda: [S(), sorted(S("aab")), S(range(2)), type(S("ab")).__name__]), ("new-bad", lambda: S(1)),
        ("unhashable", lambda: S([[1]])), ("contains", lambda: [1 in s, [1] in s]), ("len", lambda: len(s)),
        ("repr-empty", lambda: repr(S())),
    ]:
        show(f"{S.__name__}.{name}", fn)
s = {1, 2, 3}
for name, fn in [
    ("add", lambda: (s.add(4), s)), ("discard", lambda: (s.discard(9), s.discard(1), s)), ("remove-missing", lambda: s.remove(99)),
    ("pop", lambda: s.pop()), ("pop-empty", lambda: set().pop()), ("update", lambda: (s.update([7], (8,)), s)),
    ("iupdates", lambda: (s.intersection_update([3, 4, 7, 8, 100]), s.difference_update([7]), s.symmetric_difference_update([1]), s)),
    ("ior", lambda: (s.__ior__({5}), s)), ("ior-bad", lambda: s.__ior__([5])), ("clear", lambda: (s.copy().clear())),
    ("in-set-key", lambda: {frozenset([1])} & {frozenset([1])}), ("set-in-set", lambda: set([1]) in {frozenset([1])}),
    ("iter-mutate", lambda: [s.add(x + 100) for x in s]),
]:
    show("set." + name, fn)

R = range(2, 20, 3)
for name, fn in [
    ("attrs", lambda: [R.start, R.stop, R.step, len(R), R[1], R[-1], R[1:3], R[::-1]]), ("index", lambda: R.index(8)),
    ("index-missing", lambda: R.index(9)), ("count", lambda: [R.count(5), R.count(6), R.count(5.0)]), ("contains", lambda: [5 in R, 6 in R, 5.0 in R]),
    ("big", lambda: [len(range(10**20)), range(10**20)[10**19], range(0, 10**20, 7).index(70)]), ("len-overflow", lambda: len(range(2**70))),
    ("getitem-oob", lambda: R[100]), ("step0", lambda: range(1, 2, 0)), ("bad-type", lambda: range(1.5)), ("eq", lambda: [range(0) == range(2, 2), range(1, 3) == range(1, 4, 2)]),
    ("hash", lambda: hash(range(3)) == hash(range(0, 3))), ("repr", lambda: [repr(range(3)), repr(range(1, 5, 2))]), ("reversed", lambda: list(reversed(R))),
    ("neg", lambda: list(range(5, -5, -3))), ("bool", lambda: [bool(range(0)), bool(range(1))]),
]:
    show("range." + name, fn)

for name, fn in [
    ("indices", lambda: [slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3)]),
    ("indices-bad", lambda: slice(0, 1, 0).indices(5)), ("indices-neg", lambda: slice(1).indices(-1)), ("attrs", lambda: [slice(3).start, slice(3).stop, slice(1, 2, 3).step]),
    ("eq", lambda: [slice(1, 2) == slice(1, 2), slice(1) < slice(2)]), ("hash", lambda: hash(slice(1, 2)) == hash(slice(1, 2, None))), ("repr", lambda: repr(slice(None, "a", [1]))),
    ("getitem-idx", lambda: [1, 2, 3][slice(None, None, -2)]), ("bad-index", lambda: [1, 2][slice("a", None)]),
]:
    show("slice." + name, fn)
