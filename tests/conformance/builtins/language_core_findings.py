# Found by third-party language tests: property.getter(None), docstring as co_consts[0], min/max
# argument-count message, compile() mode errors, exec's __builtins__ dict, static method qualnames,
# coroutine origin tracking.
import sys, asyncio, types
p1 = property("a", "b", "c")
print(p1.getter(None).fget, p1.setter(None).fset, p1.deleter(None).fdel)
def g(self): return 1
print(property(g).getter(None).fget is g)
def d():
    """doc"""
    return 1
def nd():
    return 1
print(d.__code__.co_consts, d.__doc__)
for call in [lambda: min(bogus=1), lambda: max(bogus=1), lambda: min()]:
    try: call()
    except TypeError as e: print(e)
for call in [lambda: compile("def f(x): pass", "<t>", "func_type"), lambda: compile("x", "<t>", "bogus"), lambda: compile("x", "<t>", "bogus", 0x400)]:
    try: call()
    except ValueError as e: print(e)
print(eval("type(__builtins__)", {}).__name__)
n = {}; exec("", n); print(type(n["__builtins__"]).__name__, n["__builtins__"] is __builtins__.__dict__)
import json; print(type(json.__builtins__).__name__, type(__builtins__).__name__)
print(bytes.maketrans.__qualname__, bytearray.maketrans.__qualname__, str.maketrans.__qualname__)
print(sys.get_coroutine_origin_tracking_depth())
async def co(): return 5
def make(): return co()
sys.set_coroutine_origin_tracking_depth(2)
c = make(); print([(f[2]) for f in c.cr_origin], len(c.cr_origin)); c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = make(); print(c.cr_origin); c.close()
for bad in [-1, 1.5]:
    try: sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(asyncio.run(co(), debug=True))
