# A key of another type whose __eq__ accepts a str, put into builtins: lookups by name (LOAD_GLOBAL,
# iterator __reduce__) find it as CPython's dict lookup does.
import builtins
builtins_dict = builtins.__dict__
orig = {"iter": iter, "reversed": reversed}
def run(builtin_name, item, sentinel=None):
    it = iter(item) if sentinel is None else iter(item, sentinel)
    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name
            self.iterator = iterator
        def __hash__(self):
            return hash(self.name)
        def __eq__(self, other):
            list(self.iterator)
            return other == self.name
    del builtins_dict[builtin_name]
    builtins_dict[CustomStr(builtin_name, it)] = orig[builtin_name]
    return it.__reduce__()
try:
    r = run("iter", "xyz")
    print(r == (orig["iter"], ("",)), r)
finally:
    builtins.iter = orig["iter"]
def f(seq1, seq2):
    for i in range(min(len(seq1), len(seq2))):
        try:
            item1 = seq1[i]
        except (TypeError, IndexError, NotImplementedError):
            print("caught"); break
        print("item1", item1)
f((1, 2), (1, 3))
try:
    r = run("iter", "xyz")
    f(r, (orig["iter"], ("",)))
finally:
    builtins.iter = orig["iter"]
