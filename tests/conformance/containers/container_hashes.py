# The hash values of frozenset and slice from container_method_sweep.py (they depend on a 64-bit
# build, so they stay with the CPython 3.13 reference).
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for name, fn in [
    ("frozenset.hash", lambda: hash(frozenset([1, 2, 3]))), ("set.hash", lambda: hash({1, 2, 3})),
    ("slice.hash", lambda: hash(slice(1, 2))), ("slice.hash-unhashable", lambda: hash(slice([], 2))),
]:
    show(name, fn)
