# _json's decoder (scanstring, make_scanner): values, escapes, surrogates, hooks, every JSONDecodeError, recursion.
import json, _json, decimal, collections
from json import JSONDecodeError
def tr(f):
    try: print(repr(f()))
    except JSONDecodeError as e: print('JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e: print(type(e).__name__, e)
print(_json.make_scanner, _json.make_scanner.__module__, _json.scanstring.__doc__.splitlines()[0])
for doc in ['{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"]}', '[]', '{}', ' [ 1 , {} ] ', '"\\ud800"', '"\\ud800\\u0041"', '"\\udc00\\ud800"',
            '-0', '0.5e+10', '1E5', '12345678901234567890', '[1.0e400, -1e400]', 'NaN', '[Infinity, -Infinity, NaN]', '"\U0001f600 \\" \\\\ \\/ \\b\\f\\r\\t"',
            '{"k": 1, "k": 2}', '[' * 5 + ']' * 5, '1 2', '', ' ', '[', '[1,', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":1 "b":2}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"',
            '-', '-a', '01', '1.', '1.e5', '1e', '1e+', 'nul', 'tru', 'fals', 'Infinit', '-Infinit', '[-]', '\ufeff[1]', '{"a": 1}x', '"\U0001f600" x', '["\U0001f600", 1, }']:
    tr(lambda: json.loads(doc))
tr(lambda: json.loads('"a\tb"', strict=False))
tr(lambda: json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items())))
tr(lambda: json.loads('{"a": 1, "b": 2}', object_pairs_hook=collections.OrderedDict))
tr(lambda: json.loads('[1.5, 2, NaN]', parse_float=decimal.Decimal, parse_int=str, parse_constant=lambda c: 'C' + c))
tr(lambda: _json.scanstring('"abc"', 1))
tr(lambda: _json.scanstring('"a\\nbc" tail', 1))
tr(lambda: _json.scanstring('x"\U0001f600"', 2))
tr(lambda: _json.scanstring('"abc"', 10))
tr(lambda: _json.scanstring('"abc"', -1))
tr(lambda: _json.scanstring(b'"abc"', 1))
tr(lambda: _json.scanstring('"abc"'))
tr(lambda: _json.scanstring('"abc"', 1, True, 4))
tr(lambda: _json.scanstring('"abc"', end=1))
tr(lambda: _json.scanstring('"a\tc"', 1, False))
dec = json.JSONDecoder()
tr(lambda: dec.scan_once('[1, "x"] tail', 0))
tr(lambda: dec.scan_once('  1', 0))
tr(lambda: dec.scan_once('  1', 2))
tr(lambda: dec.scan_once('1', 5))
tr(lambda: dec.scan_once('1', -1))
tr(lambda: dec.scan_once(b'1', 0))
tr(lambda: dec.raw_decode('{"a": 1} more'))
s = dec.scan_once
tr(lambda: (type(s).__name__, s.strict, s.object_hook, s.parse_float, s.parse_int is int, s.object_pairs_hook))
tr(lambda: type(s)(1))
tr(lambda: json.loads('[' * 100000 + ']' * 100000))
keys = json.loads('[{"same": 1}, {"same": 2}]')
print(keys[0].keys() == keys[1].keys(), list(keys[0])[0] is list(keys[1])[0])
