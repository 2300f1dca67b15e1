"""Generates Sre.cases for SreCaseTests.cs.

Run with CPython 3.13 (pyenv): python3 -I -S SreCasesGen.py [path/to/python3.14/lib]
for Sre.cases and ReEndToEnd.expected, and with CPython 3.14 from the repository root,
    scripts/cpython314.sh tests/Kaa.Tests/Sre/SreCasesGen.py
for SreUnicode.cases (Unicode 16.0, as CPython 3.14). Each version writes only its own files (CPython
3.14's WebAssembly build is 32-bit, so its MAXREPEAT would change every code list in Sre.cases).
The regular expressions are compiled by CPython 3.14's Lib/re (taken from the given standard library
folder, default the repository's .stdlib) running on CPython's own _sre, whose MAGIC is the same. Each
output line is a Python expression that calls _sre.compile() with the exact code list re._compiler
produced, then a tab, then the repr of CPython's result (or "!Type: message").
"""
import os, sys, shutil, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
UNICODE_ONLY = sys.version_info[:2] >= (3, 14)
LIB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', '.stdlib', 'lib', 'python3.14')
_tmp = tempfile.mkdtemp()
shutil.copytree(os.path.join(LIB, 're'), os.path.join(_tmp, 're'))
sys.path.insert(0, _tmp)
for _k in list(sys.modules):
    if _k == 're' or _k.startswith('re.'):
        del sys.modules[_k]

import _sre
import re
import re._compiler
import re._parser
assert re.__file__.startswith(_tmp), re.__file__

PRELUDE_PATH = os.path.join(HERE, 'SrePrelude.py')
PRELUDE = open(PRELUDE_PATH, encoding='utf-8').read()
ns = {}
exec(PRELUDE, ns)

_captured = []
_orig_compile = _sre.compile
def _capture(*args):
    _captured.append(args)
    return _orig_compile(*args)
re._compiler._sre.compile = _capture

def pexpr(pattern, flags=0):
    """The P(...) expression that rebuilds `pattern` through _sre.compile."""
    _captured.clear()
    re._compiler.compile(pattern, flags)
    args = _captured[-1]
    pat, fl, code, groups, groupindex, indexgroup = args
    return 'P(%r, %d, %r, %d, %r, %r)' % (pat, fl, list(map(int, code)), groups, dict(groupindex), tuple(indexgroup))

lines = []
def result(expr):
    try:
        v = eval(expr, ns)
        return repr(v)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

def add(expr):
    r = result(expr)
    assert '\t' not in expr and '\n' not in expr and '\t' not in r and '\n' not in r, expr
    lines.append(expr + '\t' + r)

def tpl(pattern, flags, repl):
    """T({...}) so that the fake re._compile_template knows the parsed template of repl."""
    try:
        p = re.compile(pattern, flags)
        t = re._parser.parse_template(repl, p)
    except re.error:
        return None
    return 'T(%r)' % ({(repl if isinstance(repl, str) else repl): t},)

# ---- the corpus -------------------------------------------------------------------------------

S = [
    # (pattern, flags, [subjects])
    (r'abc', 0, ['abc', 'xabcx', 'ab', 'abcabc', '']),
    (r'a', 0, ['', 'a', 'bab', 'aaa']),
    (r'a*', 0, ['', 'aaa', 'baaa', 'xyz']),
    (r'a+', 0, ['', 'aaa', 'baaab', 'xyz']),
    (r'a?', 0, ['', 'a', 'ba']),
    (r'a{2,3}', 0, ['a', 'aa', 'aaaa', 'aaaaaaa']),
    (r'a{2,}', 0, ['a', 'aaaaa']),
    (r'a{,2}', 0, ['aaa', 'b']),
    (r'a{3}', 0, ['aa', 'aaa', 'aaaa']),
    (r'a*?b', 0, ['aaab', 'b', 'ac']),
    (r'a+?', 0, ['aaa']),
    (r'a??b', 0, ['ab', 'b']),
    (r'a{2,4}?', 0, ['aaaaa']),
    (r'(a|b)*', 0, ['abab', 'abcab', '']),
    (r'(a|b)*?c', 0, ['ababc', 'c', 'abab']),
    (r'(ab)+', 0, ['ababab', 'abaab']),
    (r'(a*)*', 0, ['aaa', 'b']),
    (r'(a*)+', 0, ['aaa', 'b']),
    (r'(a|)*b', 0, ['aab', 'b']),
    (r'(?:a|b|c)+d', 0, ['abcabcd', 'abcx']),
    (r'(a)|(b)', 0, ['a', 'b', 'c', 'ab']),
    (r'(a)(b)?(c)', 0, ['ac', 'abc', 'xx']),
    (r'((a)|b)+', 0, ['ab', 'ba', 'aab']),
    (r'(a)|b', 0, ['b', 'a']),
    (r'(?P<first>\w+)\s+(?P<last>\w+)', 0, ['John Smith', 'x', 'Jane  Doe jr']),
    (r'(?P<a>a)?(?P<b>b)', 0, ['b', 'ab']),
    (r'(a)(?P<n>b)(c)', 0, ['abc']),
    (r'(\w+)\s\1', 0, ['hello hello', 'hello world', 'ab ab ab ab']),
    (r'(?P<w>\w)(?P=w)', 0, ['abccd', 'abc']),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac', 'b']),
    (r'(?P<q>")?\w+(?(q)")', 0, ['"abc"', 'abc', '"abc']),
    (r'(a)?b(?(1)c)', 0, ['abc', 'b', 'ab']),
    (r'x(?=y)', 0, ['xy', 'xz', 'axyx']),
    (r'x(?!y)', 0, ['xy', 'xz', 'xyx']),
    (r'(?<=a)b', 0, ['ab', 'cb', 'b']),
    (r'(?<!a)b', 0, ['ab', 'cb', 'b']),
    (r'(?<=ab)c|(?<=x)y', 0, ['abc', 'xy', 'ac']),
    (r'(?=(\w+))\w', 0, ['abc de']),
    (r'(?!(a)b)\w', 0, ['ab', 'ac']),
    (r'\bfoo\b', 0, ['foo', 'a foo b', 'foobar', 'barfoo']),
    (r'\Bo\B', 0, ['foo boo', 'o']),
    (r'\b', 0, ['', 'ab cd']),
    (r'\B', 0, ['', 'ab cd']),
    (r'^abc$', 0, ['abc', 'abc\n', 'x\nabc', 'abc\nx']),
    (r'^abc$', re.M, ['x\nabc\ny', 'abc', 'xabc']),
    (r'^', re.M, ['a\nb\n\nc']),
    (r'$', re.M, ['a\nb\n\nc\n']),
    (r'$', 0, ['a\n', 'a', '']),
    (r'\Aab', 0, ['ab', 'xab']),
    (r'ab\Z', 0, ['ab', 'ab\n']),
    (r'ab\z', 0, ['ab', 'ab\n', 'xab']),
    (r'a.c', 0, ['abc', 'a\nc', 'ac']),
    (r'a.c', re.S, ['abc', 'a\nc']),
    (r'.*', 0, ['abc\ndef', '']),
    (r'.*', re.S, ['abc\ndef']),
    (r'.+?c', re.S, ['ab\nc c']),
    (r'[abc]+', 0, ['xaabbccx', 'd']),
    (r'[^abc]+', 0, ['xaabbccxy', 'abc']),
    (r'[a-z]+', 0, ['Hello World', '123']),
    (r'[a-zA-Z0-9_]+', 0, ['foo_bar9!baz']),
    (r'[\d\s]+', 0, ['a 1 2 3b']),
    (r'[^\d\s]+', 0, ['a 1 bc 3']),
    (r'[\w.-]+@[\w.-]+', 0, ['mail me at joe.x@example.com now']),
    (r'[.^$*+?{}()|\\]', 0, ['a.b^c$d', 'x']),
    (r'[]a]', 0, [']', 'a', 'b']),
    (r'[^]a]+', 0, ['bc]a']),
    (r'[\]\-]', 0, ['-', ']', 'a']),
    (r'[a\-z]', 0, ['-', 'b']),
    (r'[\s\S]+', 0, ['a\nb']),
    (r'[\d\D]', 0, ['x']),
    (r'[\w\W]{2}', 0, ['a!']),
    (r'\d+', 0, ['abc123def45', '\u0661\u0662\u0663', 'none']),
    (r'\d+', re.A, ['12\u0661\u0662']),
    (r'\D+', 0, ['ab12cd']),
    (r'\s+', 0, ['a \t\n\r\x0b\x0cb', 'a\u00a0\u2003b', 'ab']),
    (r'\s+', re.A, ['a \t\u00a0b']),
    (r'\S+', 0, ['  ab  c ']),
    (r'\w+', 0, ['héllo wörld', 'дом 123', '_x_', '!!']),
    (r'\w+', re.A, ['héllo wörld']),
    (r'\W+', 0, ['a, b; c']),
    (r'\bé', 0, ['é', 'aé']),
    (r'\bé', re.A, ['é', 'aé']),
    (r'[\u00e0-\u00ff]+', 0, ['abc\u00e9\u00e8def']),
    (r'\u0394\u03b5', 0, ['\u0394\u03b5\u03bb\u03c4\u03b1']),
    (r'abc', re.I, ['ABC', 'aBc', 'abd']),
    (r'[a-c]+', re.I, ['ABCabcD']),
    (r'[^a-c]+', re.I, ['ABCdefD']),
    (r'straße', re.I, ['STRASSE', 'Straße', 'STRAẞE']),
    (r'ǅ', re.I, ['ǆ', 'Ǆ', 'ǅ']),
    (r'[ǅ]', re.I, ['ǆ', 'Ǆ']),
    (r'σ', re.I, ['Σ', 'ς', 'σ']),
    (r'[σ]+', re.I, ['Σςσ']),
    (r'k', re.I, ['K', '\u212a']),
    (r'k', re.I | re.A, ['K', '\u212a']),
    (r'[k-m]', re.I, ['\u212a', 'L']),
    (r'i', re.I, ['I', '\u0130', '\u0131']),
    (r'\u0130', re.I, ['i', 'I', '\u0130']),
    (r'ﬀ', re.I, ['ff', 'FF', 'ﬀ']),
    (r'(a)\1', re.I, ['aA', 'Aa', 'ab']),
    (r'(ß)\1', re.I, ['ßß', 'ẞß']),
    (r'[^x]', re.I, ['X', 'y']),
    (r'a+', re.I, ['AaAab']),
    (r'[a-z]+', re.I | re.A, ['ABC\u212a']),
    (r'\xb5', re.I, ['\u03bc', '\u039c']),
    (r'é', re.I, ['É', 'é']),
    (r'[à-ÿ]+', re.I, ['ÀÉÎ']),
    (r'(?i)ab(?-i:C)', 0, ['ABC', 'ABc']),
    (r'(?i:a)b', 0, ['Ab', 'AB']),
    (r'(?s:.)a.', 0, ['\na\n', '\nab']),
    (r'(?m)^\w', 0, ['a\nb']),
    (r'(?x) a  b # comment\n c', 0, ['abc', 'a b c']),
    (r'''(?x)
        (?P<num> \d+ )   # digits
        \s* [+] \s*
        (?P=num)''', 0, ['12 + 12', '12 + 13']),
    (r'a++', 0, ['aaa', 'aaab']),
    (r'a++a', 0, ['aaa']),
    (r'a*+b', 0, ['aab', 'b']),
    (r'(?:ab)++', 0, ['ababx']),
    (r'(?:ab)++ab', 0, ['abab']),
    (r'(?>a+)b', 0, ['aab', 'aa']),
    (r'(?>a|ab)c', 0, ['abc', 'ac']),
    (r'(?>(a+))b', 0, ['aaab']),
    (r'a{2,3}+a', 0, ['aaaa', 'aaa']),
    (r'(?:a|b){2,}+', 0, ['abba']),
    (r'a?+a', 0, ['a', 'aa']),
    (r'x*', 0, ['axxb']),
    (r'|a', 0, ['a', 'b']),
    (r'(|a)+', 0, ['aa']),
    (r'(a?)*?b', 0, ['aab']),
    (r'((a)|(b))*', 0, ['ab', 'ba']),
    (r'(a+|b+)*c', 0, ['aabbac', 'ab']),
    (r'(?:(a)|b)*', 0, ['ab', 'ba']),
    (r'(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    (r'(a+)(b+)?', 0, ['aaab', 'aaa']),
    (r'(.*?),(.*)', 0, ['a,b,c']),
    (r'(\d+)-(\d+)-(\d+)', 0, ['2024-01-15', 'x']),
    (r'\$\d+(\.\d\d)?', 0, ['cost $12.50 or $3']),
    (r'<(\w+)>.*?</\1>', 0, ['<b>bold</b> <i>it</i>', '<a>x</b>']),
    (r'([^,]*),?', 0, ['a,b,,c']),
    (r'\s*,\s*', 0, ['a , b,c ,d']),
    (r'(?:\r\n|\n)', 0, ['a\r\nb\nc']),
    (r'\n', 0, ['a\nb\n']),
    (r'\t\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}', 0, ['\tAABCa']),
    (r'\0', 0, ['\x00']),
    (r'[\x00-\x1f]+', 0, ['a\x01\x02b']),
    (r'\U0001F600+', 0, ['x\U0001F600\U0001F600y']),
    (r'[\U0001F600-\U0001F64F]', 0, ['a\U0001F601b', 'abc']),
    (r'.', 0, ['\U0001F600']),
    (r'(.)(.)', 0, ['a\U0001F600b']),
    (r'\w+', 0, ['a\U0001D400b c']),
    (r'x\U0001F600?y', 0, ['xy', 'x\U0001F600y']),
    (r'[^a]', 0, ['\U00010000']),
    (r'\ud800', 0, ['\ud800', 'a\ud800b']),
    (r'(?<=\U0001F600)x', 0, ['\U0001F600x', 'ax']),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 0, ['abcdefghijkk', 'abcdefghijka']),
    (r'(?:(?:a|b)(?:c|d))+', 0, ['acbdadx']),
    (r'(?:a(?:b(?:c)?)?)+', 0, ['aababcab']),
    (r'a|b|c|d|e', 0, ['xdy']),
    (r'foo|foobar', 0, ['foobar']),
    (r'foobar|foo', 0, ['foobar']),
    (r'(?:foo|bar)+baz', 0, ['foobarbaz', 'foobaz', 'baz']),
    (r'[0-9a-fA-F]{2}', 0, ['0aFfzz']),
    (r'(?:[01]?\d|2[0-3]):[0-5]\d', 0, ['at 23:59 or 7:05 or 24:00']),
    (r'^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$', 0, ['192.168.0.1', '256.1.1.1']),
    (r'(\w)(?=(\w))', 0, ['abcd']),
    (r'(?<=(a))b', 0, ['ab']),
    (r'(?<=\d{3})x', 0, ['123x', '12x']),
    (r'(?<!\d{2})x', 0, ['12x', '1x']),
    (r'(?<=a|b)c', 0, ['ac', 'bc', 'cc']),
    (r'(?!)', 0, ['a']),
    (r'(?=)', 0, ['a']),
    (r'a(?#comment)b', 0, ['ab']),
    (r'\(\)', 0, ['()']),
    (r'(?:)', 0, ['', 'ab']),
    (r'[a-c-e]', 0, ['-', 'd']),
    (r'\.\*', 0, ['a.*b']),
    (r'(?a)\w+', 0, ['héllo']),
    (r'(?u)\w+', 0, ['héllo']),
    (r'(?i)[^\W\d_]+', 0, ['Héllo123 wörld']),
    (r'(?i)\bINFO\b', 0, ['info: x', 'informed']),
    (r'([a-z]+)(\d*)', re.I, ['Ab12cd']),
]

# Bytes patterns (ASCII semantics; LOCALE is bytes-only).
B = [
    (rb'abc', 0, [b'xabcx', b'ab']),
    (rb'\w+', 0, [b'hello w\xe9rld', b'!!']),
    (rb'\d+\s*', 0, [b'12 34\t56']),
    (rb'[a-z]+', re.I, [b'ABCdef\xc0']),
    (rb'(a)\1', re.I, [b'aA']),
    (rb'\xe9', re.I, [b'\xc9', b'\xe9']),
    (rb'\bfoo\b', 0, [b'a foo b', b'foobar']),
    (rb'(?P<k>\w+)=(?P<v>[^;]*)', 0, [b'a=1;b=;c=3']),
    (rb'.', re.S, [b'\n\xff']),
    (rb'[^\x00-\x7f]+', 0, [b'ab\x80\xffcd']),
    (rb'\w+', re.L, [b'abc def']),
    (rb'[a-z]+', re.L | re.I, [b'ABc']),
    (rb'(x)\1', re.L | re.I, [b'xX']),
    (rb'a', re.L | re.I, [b'A']),
    (rb'\bab', re.L, [b'ab', b'cab']),
    (rb'^\s*$', re.M, [b'a\n  \nb']),
]

def subjects_for(flags, subjects):
    return subjects

FUNCS = ['search', 'match', 'fullmatch']
for pattern, flags, subjects in S + B:
    pe = pexpr(pattern, flags)
    for s in subjects:
        for fn in FUNCS:
            add('D(%s.%s(%r))' % (pe, fn, s))
        add('%s.findall(%r)' % (pe, s))
        add('[D(m) for m in %s.finditer(%r)]' % (pe, s))
        add('%s.split(%r)' % (pe, s))
        add('%s.subn(%s, %r)' % (pe, 'b"<>"' if isinstance(s, bytes) else '"<>"', s))
        add('%s.sub(F, %r)' % (pe, s))

# pos / endpos, keyword arguments
for pattern, s, args in [
    (r'\w+', 'abc def ghi', [(1,), (4,), (4, 6), (0, 100), (-5,), (5, 2), (20,)]),
    (r'^\w', 'abc def', [(1,), (4,)]),
    (r'\w$', 'abc def', [(0, 3), (0, 100)]),
    (r'\b\w', 'abc def', [(1,), (4, 5)]),
    (r'(?<=a)b', 'ab', [(1,)]),
    (r'x*', 'xxyxx', [(1, 4)]),
    (r'a*', 'abc', [(2, 1), (3, 3)]),
    (r'\Z', 'abc', [(0, 2)]),
]:
    pe = pexpr(pattern)
    for a in args:
        for fn in FUNCS:
            add('D(%s.%s(%r, %s))' % (pe, fn, s, ', '.join(map(str, a))))
        add('%s.findall(%r, %s)' % (pe, s, ', '.join(map(str, a))))
        add('[D(m) for m in %s.finditer(%r, %s)]' % (pe, s, ', '.join(map(str, a))))
pe = pexpr(r'\w+')
add('D(%s.search(string="xx yy", pos=2))' % pe)
add('D(%s.match("xx yy", endpos=1))' % pe)
add('%s.findall("xx yy", pos=1, endpos=4)' % pe)
add('%s.split(string="a b c", maxsplit=1)' % pexpr(r'\s'))
add('%s.sub(repl="-", string="a b c", count=1)' % pexpr(r'\s'))
add('%s.match()' % pe)
add('%s.match("a", 0, 1, 2)' % pe)
add('%s.match("a", foo=1)' % pe)
add('%s.match("a", pos="1")' % pe)
add('%s.match("a", 2**70)' % pe)
add('%s.match(b"a")' % pe)
add('%s.match(1)' % pe)
add('%s.match(None)' % pe)
add('%s.search(bytearray(b"xyz"))' % pexpr(rb'y'))
add('%s.search("xyz")' % pexpr(rb'y'))
add('D(%s.search(bytearray(b"xyz")))' % pexpr(rb'(y)'))

# split / sub specifics
for pattern, flags, s, extra in [
    (r',', 0, 'a,b,,c,', [(0,), (1,), (2,), (-1,)]),
    (r'(,)', 0, 'a,b,c', [(0,), (1,)]),
    (r'(,)|(;)', 0, 'a,b;c', [(0,)]),
    (r'\s*', 0, 'a b  c', [(0,)]),
    (r'', 0, 'abc', [(0,), (2,)]),
    (r'x*', 0, 'axbxxc', [(0,)]),
    (r'\b', 0, 'ab cd', [(0,)]),
    (r'^', re.M, 'a\nb\nc', [(0,)]),
    (r'$', re.M, 'a\nb\nc', [(0,)]),
]:
    pe = pexpr(pattern, flags)
    for e in extra:
        add('%s.split(%r, %d)' % (pe, s, e[0]))
for pattern, flags, s, repls in [
    (r'(\w+) (\w+)', 0, 'hello world, good day', [r'\2 \1', r'<\g<0>>', r'\g<2>-\g<1>', r'[\g<1>]\n', '-', '', r'\\', r'a\tb']),
    (r'(?P<a>\d)(?P<b>\d)?', 0, '12 3 45', [r'\g<b>\g<a>', r'(\g<a>|\2)', r'\g<0>\g<0>']),
    (r'x*', 0, '-a-xx-', ['!', r'[\g<0>]']),
    (r'', 0, 'abc', ['-']),
    (r'a|(b)', 0, 'abab', [r'[\1]']),
    (r'(é)', re.I, 'Éé', [r'<\1>']),
    (r'\U0001F600', 0, 'a\U0001F600b\U0001F600', ['\U0001F601', r'(\g<0>)']),
    (rb'(\w)(\d)', 0, b'a1 b2', [rb'\2\1', b'-', rb'<\g<0>>']),
]:
    pe = pexpr(pattern, flags)
    for r in repls:
        t = tpl(pattern, flags, r)
        if t:
            add('(%s, %s.subn(%r, %r))[1]' % (t, pe, r, s))
            add('(%s, %s.sub(%r, %r, 1))[1]' % (t, pe, r, s))
            add('(%s, %s.search(%r).expand(%r))[1]' % (t, pe, s, r))
        else:
            add('%s.sub(%r, %r)' % (pe, r, s))
for pattern, s, func in [
    (r'\d+', 'a1b22c333', 'lambda m: str(int(m.group()) * 2)'),
    (r'(\w)(\w)?', 'abc', 'lambda m: repr(m.groups())'),
    (r'\w', 'abc', 'lambda m: None'),
    (r'\w', 'abc', 'lambda m: b"x"'),
    (r'\w', 'abc', 'lambda m: 1/0'),
    (r'(?P<n>\w)', 'abc', 'lambda m: m["n"].upper() + str(m.start())'),
    (r'x*', 'abc', 'lambda m: "[%d]" % m.start()'),
]:
    add('%s.subn(%s, %r)' % (pexpr(pattern), func, s))
add('%s.sub(b"-", b"abc")' % pexpr(rb'b'))
add('%s.sub("-", b"abc")' % pexpr(rb'b'))
add('%s.sub(b"-", "abc")' % pexpr(r'b'))
add('%s.sub(bytearray(b"-"), b"abc")' % pexpr(rb'b'))
add('%s.sub("a", "bbb", count=2)' % pexpr(r'b'))
add('%s.sub(F, "bbb", 2**70)' % pexpr(r'b'))

# Match object API
pe = pexpr(r'(?P<first>\w+) (?P<second>\w+)(?P<third>!)?')
for e in ['m.group()', 'm.group(0)', 'm.group(1, 2)', 'm.group("first", 2, 0)', 'm.group(3)', 'm.group(4)',
          'm.group(-1)', 'm.group("nope")', 'm.group(1.0)', 'm.group(True)', 'm["second"]', 'm[0]', 'm[5]',
          'm.groups()', 'm.groups("dflt")', 'm.groups(default=0)', 'm.groupdict()', 'm.groupdict("-")',
          'm.start()', 'm.end()', 'm.span()', 'm.start(2)', 'm.end("second")', 'm.span(3)', 'm.span("third")',
          'm.start(9)', 'm.span(1, 2)', 'm.regs', 'm.string', 'm.re is None', 'm.pos', 'm.endpos', 'm.lastindex', 'm.lastgroup',
          'bool(m)', 'repr(m)', 'm.__copy__() is m', 'm.__deepcopy__({}) is m', 'type(m).__name__', 'type(m).__module__',
          'm.group(0, 0, 0)', 'm.start(None)']:
    add('(lambda m: %s)(%s.search("say hello world!"))' % (e, pe))
for r in [r'\2 \1', r'\g<third>', r'[\g<first>]', 'plain']:
    add('(%s, %s.search("say hello world!").expand(%r))[1]' % (tpl(r'(?P<first>\w+) (?P<second>\w+)(?P<third>!)?', 0, r), pe, r))
pe2 = pexpr(r'(a)(b)?')
for e in ['m.groups()', 'm.groups(1)', 'm.span(2)', 'm.start(2)', 'm.regs', 'm.lastindex', 'm.lastgroup', 'repr(m)', 'm.groupdict()']:
    add('(lambda m: %s)(%s.match("ac"))' % (e, pe2))
add('repr(%s.search("x" * 100))' % pexpr(r'x+'))
add('repr(%s.search(b"abc\\x00\\xff"))' % pexpr(rb'.+'))
add('repr(%s.search("a\\U0001F600\'b"))' % pexpr(r'.+'))
add('(lambda m: (m.lastindex, m.lastgroup))(%s.match("ab"))' % pexpr(r'(?P<x>a)(?P<y>b)'))
add('(lambda m: (m.lastindex, m.lastgroup))(%s.match("ab"))' % pexpr(r'(?P<x>a(?P<y>b))'))
add('(lambda m: (m.lastindex, m.lastgroup))(%s.match("ab"))' % pexpr(r'(a)(?:b)'))
add('(lambda m: (m.lastindex, m.lastgroup))(%s.match("ab"))' % pexpr(r'((a)b)'))

# Pattern object API
for pattern, flags in [(r'a+', 0), (r'a+', re.I), (r'a+', re.I | re.M | re.S | re.X), (r'a', re.A), (rb'a', 0), (rb'a', re.L),
                       (r"it's", 0), ('x' * 300, 0), (r'(?P<g>a)(b)', 0), (r'(?u)a', 0), (rb'a', re.I)]:
    pe = pexpr(pattern, flags)
    for e in ['repr(p)', 'p.pattern', 'p.flags', 'p.groups', 'dict(p.groupindex)', 'type(p.groupindex).__name__',
              'p == %s' % pe, 'p != %s' % pe, 'hash(p) == hash(%s)' % pe, 'p.__copy__() is p', 'p.__deepcopy__(None) is p',
              'type(p).__name__', 'type(p).__module__']:
        add('(lambda p: %s)(%s)' % (e, pe))
add('%s == %s' % (pexpr(r'a'), pexpr(r'b')))
add('%s == %s' % (pexpr(r'a'), pexpr(r'a', re.I)))
add('%s == %s' % (pexpr(r'a'), pexpr(rb'a')))
add('%s == 1' % pexpr(r'a'))
add('repr(type(%s)[str])' % pexpr(r'a'))
add('repr(type(%s.match("a"))[str])' % pexpr(r'a'))
add('repr(type(%s.match("a"))[bytes, int])' % pexpr(r'a'))
add('type(%s.match("a")).__class_getitem__(str).__origin__.__name__' % pexpr(r'a'))

# scanner
pe = pexpr(r'\d')
add('(lambda s: [D(s.match()), D(s.match()), D(s.match()), D(s.match()), D(s.search())])(%s.scanner("12a3"))' % pe)
add('(lambda s: [D(s.search()), D(s.search()), D(s.search()), D(s.search())])(%s.scanner("12a3"))' % pe)
add('(lambda s: [D(s.search()) for i in range(4)])(%s.scanner("a1b2c3", 2, 5))' % pe)
add('(lambda s: s.pattern.pattern)(%s.scanner("x"))' % pe)
add('[D(m) for m in %s.finditer("ab")]' % pexpr(r'x*'))
add('[D(m) for m in %s.finditer("a\\nb\\n")]' % pexpr(r'$', re.M))

# module functions and constants
for e in ['M.MAGIC', 'M.CODESIZE', 'M.MAXREPEAT', 'M.MAXGROUPS', 'M.getcodesize()', 'M.copyright',
          '[M.ascii_iscased(c) for c in (65, 97, 48, 223, 0x212a, -1)]',
          '[M.unicode_iscased(c) for c in (65, 97, 48, 223, 0x212a, 0x1c5, 0x130, 0x3c2, 0x10400, 0x2160, 0x24b6)]',
          '[M.ascii_tolower(c) for c in (65, 97, 48, 0xc0, 0x130, 0x212a)]',
          '[M.unicode_tolower(c) for c in (65, 97, 48, 0xc0, 0x130, 0x212a, 0x1c5, 0x10400, 0x1e9e, 0x3a3)]',
          'M.ascii_iscased("a")', 'M.unicode_tolower(2**40)', 'M.ascii_tolower()',
          'M.compile("a", 0, [1], 0, {}, ())', 'M.compile("a", 0, [99, 1], 0, {}, ())',
          'M.compile("a", 0, (1,), 0, {}, ())', 'M.compile("a", 0, [], 0, {}, ())',
          'M.compile("a", 0, [17, 5, 1], 0, {}, ())', 'M.compile("a", 0, [16, 97, 1], -1, {}, ())',
          'M.compile("a", 0, [-1, 1], 0, {}, ())', 'M.compile("a", 0, [2**33, 1], 0, {}, ())',
          'M.compile(1, 0, [1], 0, {}, ())', 'M.compile(None, 0, [16, 97, 1], 0, {}, ()).pattern',
          'M.compile(None, 0, [16, 97, 1], 0, {}, ()).match("a")',
          'M.compile(None, 0, [16, 97, 1], 0, {}, ()).match(b"a")',
          'M.compile("a", 0, [1], 0, [], ())', 'M.compile("a", 0, [1], 0, {}, [])',
          'M.compile("(a)", 0, [17, 2, 16, 97, 17, 3, 1], 1, {}, ())',
          'type(M.template("x", ["a", 1, "b"])).__name__', 'M.template("x", ["a", 1])', 'M.template("x", [])', 'M.template("x", ["a", -1, "b"])',
          'M.template("x", ("a",))', 'type(M.template("x", ["a"])).__name__',
          ]:
    add(e)

# Deep and long inputs
add('D(%s.match("ab" * 50000))' % pexpr(r'(a|b)*'))
add('D(%s.fullmatch("ab" * 50000 + "c"))' % pexpr(r'(?:a|b)*?c'))
add('len(%s.findall("a" * 100000))' % pexpr(r'(a)'))
add('D(%s.match("x" * 100000))' % pexpr(r'(x)+'))
add('D(%s.match("x" * 100000))' % pexpr(r'(?:x|y)+$'))
add('D(%s.search("ab" * 30000 + "x"))' % pexpr(r'(ab)*x'))
add('D(%s.search("a" * 30 + "!"))' % pexpr(r'(a|aa)+$'))
add('D(%s.match("a" * 25 + "b"))' % pexpr(r'(a*)*b'))

if not UNICODE_ONLY:
    with open(os.path.join(HERE, 'Sre.cases'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Generated by SreCasesGen.py with CPython %s; expressions use SrePrelude.py\n' % sys.version.split()[0])
        for line in lines:
            f.write(line + '\n')
    print(len(lines), 'cases')

# ---- Unicode tables: the case mappings and the \w \d \s classes for every code point ----------
def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return ' '.join('%x-%x' % r for r in out)

word = re.compile(r'\w')
digit = re.compile(r'\d')
space = re.compile(r'\s')
with open(os.path.join(HERE, 'SreUnicode.cases') if UNICODE_ONLY else os.devnull, 'w', encoding='ascii', newline='\n') as f:
    f.write('# Generated by SreCasesGen.py with CPython %s: "case cp lower upper" where _sre maps a code point\n' % sys.version.split()[0])
    f.write('# (unicode_tolower, and the first code point of str.upper() as sre_upper_unicode), then code point ranges.\n')
    for cp in range(0x110000):
        c = chr(cp)
        lo = _sre.unicode_tolower(cp)
        up = ord(c.upper()[0])
        if lo != cp or up != cp:
            f.write('case %x %x %x\n' % (cp, lo, up))
    f.write('word %s\n' % ranges(lambda cp: word.match(chr(cp)) is not None))
    f.write('digit %s\n' % ranges(lambda cp: digit.match(chr(cp)) is not None))
    f.write('space %s\n' % ranges(lambda cp: space.match(chr(cp)) is not None))
    f.write('iscased %s\n' % ranges(lambda cp: _sre.unicode_iscased(cp)))
    # Code points this CPython's Unicode version leaves unassigned (newer versions may give them properties).
    import unicodedata
    f.write('# unassigned in Unicode %s\n' % unicodedata.unidata_version)
    f.write('unassigned %s\n' % ranges(lambda cp: unicodedata.category(chr(cp)) == 'Cn'))
if UNICODE_ONLY:
    print('unicode tables written')
    sys.exit(0)

# ---- ReEndToEnd.expected: the re module end to end --------------------------------------------
_e2e = {'__name__': '__re_e2e__'}
exec(open(os.path.join(HERE, 'ReEndToEnd.py'), encoding='utf-8').read(), _e2e)
with open(os.path.join(HERE, 'ReEndToEnd.expected'), 'w', encoding='utf-8', newline='\n') as f:
    for line in _e2e['OUT']:
        assert '\n' not in line
        f.write(line + '\n')
print('end-to-end expectations written')
