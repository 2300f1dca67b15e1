# split/join round trips and edge cases of separators
cases = ['a,b,c', ',a,,b,', '', ',', 'abc', 'a,,,', ',,,a']
for s in cases:
    parts = s.split(',')
    print(repr(s), parts, ','.join(parts) == s, s.split(',', 1), s.rsplit(',', 1), len(parts))
ws = ['  a b  ', 'a\tb\nc', '', '   ', 'one']
for s in ws:
    print(repr(s), s.split(), s.split(' '), ' '.join(s.split()), s.split(None, 1), s.rsplit(None, 1))
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split(), 'CSV;with;semicolons'.split(';')[::-1])
print('\n'.join(['x', 'y']).split('\n'), 'x\ny\n'.split('\n'), 'x\ny\n'.splitlines())
