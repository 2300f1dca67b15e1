# reference: CPython 3.14
# Assigning and deleting __type_params__ on classes (any value) and functions (a tuple).
class X: pass
def f(): pass
for o in (X, f):
    for v in (None, (), [1], 5):
        try:
            o.__type_params__ = v; print(type(o).__name__, repr(v), 'ok', o.__type_params__)
        except Exception as e: print(type(o).__name__, repr(v), type(e).__name__, e)
try:
    del X.__type_params__; print('del ok', X.__type_params__)
except Exception as e: print(type(e).__name__, e)
try:
    del f.__type_params__; print('del ok', f.__type_params__)
except Exception as e: print(type(e).__name__, e)
