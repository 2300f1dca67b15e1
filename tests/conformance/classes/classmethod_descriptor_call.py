# reference: CPython 3.14
# Calling a classmethod descriptor from a type's dict; re.Pattern/re.Match attributes are read-only members.
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
fk = dict.__dict__['fromkeys']
print(callable(fk))
tr(lambda: fk(dict, [1, 2]))
tr(lambda: fk(dict, [1], 0))
class D(dict): pass
tr(lambda: type(fk(D, 'ab')).__name__)
tr(lambda: fk())
tr(lambda: fk(1, [1]))
tr(lambda: fk(list, [1]))
tr(lambda: fk(dict, iterable=[1]))
tr(lambda: int.__dict__['from_bytes'](int, b'\x01', 'big'))
tr(lambda: bytes.__dict__['fromhex'](bytes, 'ab'))
import re
m = re.match('(a)', 'abc')
print(type(re.Pattern.__dict__['pattern']).__name__, type(re.Match.__dict__['string']).__name__, m.string, m.re.pattern, m.pos, m.endpos)
tr(lambda: setattr(m, 'pos', 1))
tr(lambda: setattr(re.compile('a'), 'pattern', 'b'))
tr(lambda: delattr(m, 'string'))
