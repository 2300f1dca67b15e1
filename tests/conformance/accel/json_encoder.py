# reference: CPython 3.14
# _json's encoder half: encode_basestring(_ascii) and make_encoder (the C encoder json.dumps uses).
import json, _json

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))

s = 'a"b\\c\n\r\t\b\f\x00\x1f\x7f \u00e9\u4e2d\U0001f600\ud800x\udfff'
show(_json.encode_basestring_ascii, s)
show(_json.encode_basestring, s)
show(_json.encode_basestring, 3)
show(_json.encode_basestring_ascii, b'x')
show(_json.encode_basestring)
show(_json.encode_basestring, s='a')
class S(str): pass
show(_json.encode_basestring, S('q"'))
print(_json.encode_basestring.__doc__.splitlines()[0], _json.encode_basestring_ascii.__name__)

data = {"s": s, "i": -12, "big": 2**80, "f": 0.1, "e": 1e16, "t": True, "F": False, "n": None,
        "l": [1, [], {}, (2, 3)], "d": {"k": [{"x": 1.5}]}}
print(json.dumps(data))
print(ascii(json.dumps(data, ensure_ascii=False)))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"a": []}]], indent='\t', separators=(',', ': ')))
print(json.dumps([1, {"a": 2}], indent=0), json.dumps({"a": [1]}, separators=(';', '=')))
print(json.dumps({1: 2, 1.5: 3, True: 4, False: 5, None: 6, 2**70: 7, float('inf'): 8, -float('inf'): 9}))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
show(json.dumps, {'a': [1, float('nan')]}, allow_nan=False)
show(json.dumps, {float('inf'): 1}, allow_nan=False)
show(json.dumps, {(1,): 2})
print(json.dumps({(1,): 2, 'a': 3, 1: 4}, skipkeys=True))
show(json.dumps, {1: 2, 'a': 3}, sort_keys=True)
l = []; l.append(l)
show(json.dumps, l)
d = {}; d['a'] = [d]
show(json.dumps, d)
print(json.dumps([[1]] * 2, check_circular=False), json.dumps({'a': o2} if (o2 := [1]) else 0))
class O:
    def __repr__(self): return 'O()'
o = O()
print(json.dumps([o, {'k': o}], default=repr))
show(json.dumps, [o], default=lambda v: [v])
show(json.dumps, [1, {'k': [object()]}])
show(json.dumps, [o], default=lambda v: {'z': 1j} if isinstance(v, O) else 1 / 0)
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class L(list):
    def __iter__(self): return iter(['it'])
class T(tuple): pass
class D(dict):
    def items(self): return [('z', 1), ('y', 2)]
print(json.dumps([I(3), F(2.5), {I(7): F(1.0)}, L([1, 2]), T((4,)), D(a=1), D(), S('s')]))
class BadD(dict):
    def items(self): return [('z', 1, 3)]
class BadD2(dict):
    def items(self): return 5
show(json.dumps, BadD(a=1))
show(json.dumps, BadD2(a=1))
show(json.dumps, D(a=1), default=None)

enc = _json.make_encoder({}, None, _json.encode_basestring_ascii, None, ':', ',', False, False, True)
print(type(enc).__name__, type(enc).__module__, [n for n in dir(enc) if not n.startswith('__')])
print(enc.markers, enc.default, enc.encoder.__name__, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys)
print(enc([1, 'é', {'a': None}], 0), enc(1, _current_indent_level=3))
show(enc, 1)
show(enc, 1, 2, 3)
show(enc, 1, 1.5)
show(_json.make_encoder, [], None, None, None, ':', ',', False, False, True)
show(_json.make_encoder, None, None, None, None, 1, ',', False, False, True)
show(_json.make_encoder)
show(setattr, enc, 'sort_keys', 1)
custom = _json.make_encoder(None, None, lambda s: '<' + s + '>', '--', '=', ';', True, False, True)
print(custom({'b': ['x', 1], 'a': {}}, 0))
show(_json.make_encoder(None, None, lambda s: 1, None, ':', ',', False, False, True), ['x'], 0)
show(_json.make_encoder(None, None, _json.encode_basestring, 3, ':', ',', False, False, True), [1], 0)
m = {}
enc = _json.make_encoder(m, lambda v: 1 / 0, _json.encode_basestring, None, ':', ',', False, False, True)
show(enc, [[o]], 0)
print(len(m))
try:
    class X(_json.make_encoder): pass
except TypeError as e:
    print(e)
