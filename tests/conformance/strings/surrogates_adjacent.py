# Lone surrogates that sit next to each other stay two code points, as in CPython.
hi, lo = '\ud800', '\udc00'

def p(*args):
    print(*[a if isinstance(a, (int, bool)) or a is None else ascii(a) for a in args])

cases = {
    'literal': '\ud800\udc00',
    'concat': hi + lo,
    'chr': chr(0xd800) + chr(0xdc00),
    'join': ''.join([hi, lo]),
    'iadd': None,
    'implicit': '\ud800' '\udc00',
    'fstring': f'{hi}{lo}',
    'format': '{}{}'.format(hi, lo),
    'percent': '%s%s' % (hi, lo),
    'repeat': (lo + hi) * 2,
    'reversed slice': (lo + hi)[::-1],
    'slice': ('a' + hi + lo + 'b')[1:3],
    'replace': 'xy'.replace('x', hi).replace('y', lo),
    'surrogatepass8': b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass'),
    'surrogatepass16': b'\x00\xd8\x00\xdc'.decode('utf-16-le', 'surrogatepass'),
    'surrogatepass32': b'\x00\xd8\x00\x00\x00\xdc\x00\x00'.decode('utf-32-le', 'surrogatepass'),
    'unicode_escape': b'\\ud800\\udc00'.decode('unicode_escape'),
    'raw_unicode_escape': b'\\ud800\\udc00'.decode('raw_unicode_escape'),
    'surrogateescape': b'\xed\xa0\x80'.decode('ascii', 'surrogateescape'),
}
s = hi
s += lo
cases['iadd'] = s
long = 'a' * 200
t = long + hi
t += lo
cases['iadd long'] = t[200:]
astral = '\U00010000'
for name, v in cases.items():
    print(name, len(v), [hex(ord(c)) for c in v], ascii(v), v == astral, v == hi + lo)
v = hi + lo
p(len(v), v[0] == hi, v[1] == lo, v[-1] == lo, ascii(v[1:]), ascii(v[:1]))
p(list(map(ord, v)), [ord(c) for c in reversed(v)])
p(v.encode('utf-8', 'surrogatepass'), v.encode('utf-16-le', 'surrogatepass'), v.encode('utf-32-be', 'surrogatepass'))
p(v.encode('unicode_escape'), v.encode('raw_unicode_escape'), v.encode('ascii', 'backslashreplace'), v.encode('utf-8', 'replace'))
p(v.encode('utf-8', 'surrogateescape') if False else '', v.encode('ascii', 'xmlcharrefreplace'))
for enc in ['utf-8', 'utf-16', 'utf-32', 'ascii', 'latin-1']:
    try:
        v.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason, ascii(e.object))
p(repr(v), ascii(v), str(v) == v, repr(astral), len(astral))
p(v < '\ue000', astral < '\ue000', v > astral, sorted([astral, v, '\ue000']) == [v, '\ue000', astral])
p(hash(v) == hash(hi + lo), {v: 1}.get(hi + lo), {v: 1}.get(astral), v in {astral}, astral in {v})
p(lo in v, hi in v, v.find(lo), v.index(lo), v.count(lo), v.rfind(hi), lo in astral, astral.find(lo))
p(v.split(lo), v.partition(hi), v.startswith(hi), v.endswith(lo), v.replace(hi, 'H'), v.strip(lo))
p(ascii(v.upper()), ascii(v.lower()), ascii(v.swapcase()), v.isprintable(), v.isalpha(), v.isidentifier())
p(ascii(v * 2), len(v * 3), ascii(v.center(6, '*')), ascii(v.zfill(4)))
p(ascii(f'{v!r}'), ascii('%r' % v), ascii(format(v, '>4')), ascii(str(v)))
import unicodedata
p([unicodedata.category(c) for c in v])
p(ascii(v + 'x'), ascii('x' + v), ascii(v + astral[:0]), len(v + v))
import json
p(json.dumps(v), ascii(json.loads('"\\ud800\\udc00"')), len(json.loads('"\\ud800\\udc00"')))
p(ascii(json.loads('"\\ud800\\udc01"')) == ascii('\U00010001'))
p(ascii(v.encode('utf-16-le', 'surrogatepass').decode('utf-16-le')))
import re
p(len(re.findall('.', v)), re.match('\ud800', v) is not None)
p(ascii(eval(repr(v))), eval(repr(v)) == v)
p(ascii(v.translate({0xd800: 'H'})), ascii(''.join(reversed(v))))
p(ascii(str(v).casefold()), v.isascii(), ascii(v.expandtabs()))
