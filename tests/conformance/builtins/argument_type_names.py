# reference: CPython 3.14
# How 3.14's messages name the type of a wrong argument: %T (module-qualified qualname: 'O.N',
# 'collections.deque') in most, Argument Clinic's tp_name (and 'None' for None) in clinic-generated ones.
import unicodedata, array, csv
class O:
    class N: pass
n = O.N()
for f in [lambda: unicodedata.category(None), lambda: unicodedata.category(n), lambda: '%c' % n, lambda: b'%c' % n, lambda: array.array('w', [n]), lambda: csv.reader([], delimiter=n),
          lambda: csv.reader([], quotechar=n), lambda: csv.reader([], lineterminator=n), lambda: csv.reader([], quoting=n), lambda: complex(n), lambda: complex(1, n), lambda: complex(n, 1),
          lambda: Exception().add_note(n), lambda: __import__('sys').audit(n), lambda: b'x'.center(3, n), lambda: array.array(n), lambda: ord(n), lambda: array.array('w', 'a').append(None),
          lambda: array.array(None)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
def mk():
    class L:
        __hash__ = None
    return L
import collections, types
for obj in [O.N(), mk()(), collections.deque(), types.SimpleNamespace()]:
    for f in [lambda: {obj: 1}, lambda: {obj}, lambda: hash(obj)]:
        try: f()
        except Exception as e: print(type(e).__name__, e)
