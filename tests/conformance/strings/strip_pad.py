# strip/lstrip/rstrip, centering, justification, zfill, expandtabs
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print(repr('www.example.com'.lstrip('w.')), repr('www.example.com'.rstrip('.com')), repr(''.strip()), repr('   '.strip()))
print(repr('\u3000ideographic\u2003'.strip()), repr('\x1c\x1dsep\x1e\x1f'.strip()))
for w in [5, 10, 11]:
    print(repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '-')))
print(repr('ab'.center(5)), repr('ab'.center(6)), repr('abc'.center(6)), repr('a'.center(4, '#')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(6), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('abcde\tf'.expandtabs(4)), repr('x\n\ty'.expandtabs(2)))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
print(repr('abc'.ljust(-1)), repr('x'.rjust(3, '☃')))
