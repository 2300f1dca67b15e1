# More places where adjacent lone surrogates must stay two code points.
import pickle, marshal, io, copy, ast, json

def p(*args):
    print(*[a if isinstance(a, (int, bool)) or a is None else ascii(a) for a in args])

hi, lo = '\ud800', '\udc00'
v = hi + lo
astral = '\U00010000'

class S(str):
    pass

s = S(v)
p(len(s), s == v, str(s) == v, len(str(s)), s[1:] == lo)
p(len(pickle.loads(pickle.dumps(v))), pickle.loads(pickle.dumps(v)) == v)
p(len(marshal.loads(marshal.dumps(v))), marshal.loads(marshal.dumps(v)) == v)
p(copy.copy(v) == v, copy.deepcopy([v])[0] == v)
p(len(ast.literal_eval(repr(v))), ast.literal_eval("'\\ud800\\udc00'") == v)
p(len(eval("'\\ud800' '\\udc00'")), len(eval("'\\U0000d800\\U0000dc00'")), len(eval("'\\U00010000'")))
p(len(compile("x = '\\ud800\\udc00'", "<s>", "exec").co_consts[0]))
sio = io.StringIO()
sio.write(v)
p(len(sio.getvalue()))
d = {v: 'sep', astral: 'astral'}
p(len(d), d[hi + lo], d['\U00010000'], v in d, sorted(d.values()))
st = {v, astral, hi + lo}
p(len(st))
p([len(x) for x in [v + v, v * 2, (v, v)[0], f'{v}{v}', '%s' % v, '{0}{0}'.format(v)]])
p('%c%c' % (0xd800, 0xdc00) == v, len('%c%c' % (0xd800, 0xdc00)))
p(len(chr(0xd800) + 'x'[:0] + chr(0xdc00)))
p(v.encode('utf-16', 'surrogatepass').decode('utf-16', 'surrogatepass') == astral)
p(len(v.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')))
p(b'\xed\xa0\x80\xf0\x90\x80\x80'.decode('utf-8', 'surrogatepass') == hi + astral)
p(list(v), list(reversed(v)), [c for c in v], tuple(v), max(v), min(v))
p(v.count(hi), v.index(lo), v.rindex(hi), v.startswith(v), astral.startswith(v), v.startswith(astral))
p(v.rsplit(hi), v.splitlines(), (v + '\n' + v).splitlines(), v.rpartition(lo))
p(v.ljust(4, '-'), v.rjust(4), v.center(5), v.removeprefix(hi), v.removesuffix(lo), v.lstrip(hi))
p(v.title(), v.capitalize(), v.casefold(), v.swapcase() == v, v.isupper(), v.islower())
p(str(v) is v or str(v) == v, v.__str__() == v, format(v) == v, format(v, '^6'))
p(hash(v) == hash(hi + lo), v.__eq__(astral), v.__ne__(astral), v.__lt__(astral), astral.__gt__(v))
p(json.dumps([v]), json.dumps(v, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
p(ascii(v), repr([v]), str([v]))
