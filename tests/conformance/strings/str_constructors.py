# str() of many objects, repr of strings, str subclasses
print(str(), str(123), str(1.5), str([1, 'a']), str((1,)), str({'a': 1}), str(None), str(b'x'), str(b'x', 'ascii'))
print(str(bytearray(b'ab'), 'utf-8'), str(b'\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace'))
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'uni é', 'ctrl \x01', 'bs \\', '\x7f', '\u200b']:
    print(repr(s), ascii(s), len(repr(s)))
class MyStr(str):
    def shout(self): return self.upper() + '!'
m = MyStr('hi')
print(m, m.shout(), type(m).__name__, type(m + 'x').__name__, type(m.upper()).__name__, isinstance(m, str), m == 'hi')
print(repr(m), len(m), m * 2, type(str(m)).__name__)
class WithStr:
    def __str__(self): return 'custom str'
    def __repr__(self): return 'custom repr'
print(str(WithStr()), repr(WithStr()), [WithStr()], f'{WithStr()}', f'{WithStr()!r}', '%s %r' % (WithStr(), WithStr()))
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
try:
    str(b'x', 'nonexistent-codec')
except LookupError as e:
    print('LookupError', e)
