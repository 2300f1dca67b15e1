# Numeric hashes, sys.hash_info and the errno text of a float overflow: the cases of
# number_method_sweep.py whose values depend on a 64-bit build (CPython 3.13 reference).
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for name, fn in [
    ("float-pow-over", lambda: 10.0 ** 400),
    ("hash", lambda: [hash(1) == hash(1.0) == hash(complex(1, 0)), hash(-1), hash(0.5), hash(float("inf")), hash(2**61 - 1), hash(-2**61)]),
    ("hash-info", lambda: __import__("sys").hash_info[:5]),
]:
    show(name, fn)
