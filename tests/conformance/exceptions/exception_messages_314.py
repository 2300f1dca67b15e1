# reference: CPython 3.14
# Exception-related messages and notes that changed in 3.14: add_note's argument check, the note
# dict() adds when an update element is not iterable, the wrapped TypeError of an unhashable dict key
# or set element (only an exact TypeError is wrapped), awaiting a non-awaitable, __bool__ = None.
import traceback

def show(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)), getattr(e, '__notes__', None))

ex = ValueError('x')
for bad in [5, b'n', None]:
    show('add_note', lambda: ex.add_note(bad))

class HashTypeError:
    def __hash__(self): raise TypeError('no hash for you')
class HashValueError:
    def __hash__(self): raise ValueError('bad value')
class SubTypeError(TypeError): pass
class HashSubTypeError:
    def __hash__(self): raise SubTypeError('subclass')
for obj in [[], {}, set(), bytearray(), HashTypeError(), HashValueError(), HashSubTypeError()]:
    show('dict key ' + type(obj).__name__, lambda: {obj: 1})
    show('dict get ' + type(obj).__name__, lambda: {}.get(obj))
    show('set add ' + type(obj).__name__, lambda: set().add(obj))
    show('frozenset ' + type(obj).__name__, lambda: frozenset([obj]))
    show('hash ' + type(obj).__name__, lambda: hash(obj))
show('set in set', lambda: {1} in {frozenset({1})})
show('empty pop', lambda: {}.pop([]))
show('empty pop default', lambda: {}.pop([], 'dflt'))
show('pop', lambda: {1: 2}.pop([]))
show('setdefault', lambda: {}.setdefault([]))
show('fromkeys', lambda: dict.fromkeys([[1]]))
show('comprehension', lambda: {x: 1 for x in [[1]]})
show('set comprehension', lambda: {x for x in [[1]]})
show('intersection', lambda: {1}.intersection([[1]]))

for seq in [[1], [None], [[1]], ['abc'], [(1, 2, 3)], [iter([])], [(1, 2), 5]]:
    label = '[iter([])]' if type(seq[0]).__name__ == 'list_iterator' else repr(seq)
    show('dict(%s)' % label, lambda: dict(seq))
    show('update(%s)' % label, lambda: {}.update(seq))
try:
    dict([(1, 2), 3])
except TypeError:
    traceback.print_exc(limit=0)

async def awaiter(x):
    return await x
for v in [1, None, 'abc']:
    co = awaiter(v)
    show('await %r' % (v,), lambda: co.send(None))

class NoBool:
    __bool__ = None
class NoBoolWithLen:
    __bool__ = None
    def __len__(self): return 1
for obj in [NoBool(), NoBoolWithLen()]:
    show('bool', lambda: bool(obj))
    show('not', lambda: not obj)
    show('if', lambda: 1 if obj else 0)
    show('and', lambda: obj and 1)

# Lookups that go through a dict inside the runtime wrap the TypeError the same way.
import re, struct, collections
show('re group([])', lambda: re.match('(?P<a>x)', 'x').group([]))
show('struct.pack([1])', lambda: struct.pack([1]))
show('Counter([[1]])', lambda: collections.Counter([[1]]))
show('defaultdict[[]]', lambda: collections.defaultdict(int)[[]])
show('OrderedDict[[]]', lambda: collections.OrderedDict({1: 2})[[]])
show('keys & [[]]', lambda: {1: 2}.keys() & [[]])
show('globals()[[]]', lambda: globals()[[]])
show('kwargs', lambda: (lambda **kw: kw)(**{[]: 1}))
