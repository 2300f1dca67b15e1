# split, rsplit, splitlines, partition, join
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), '  a  b  '.split(), '  a  b  '.split(' '))
print(''.split(), ''.split(','), 'abc'.split('abc'), 'a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print('x\ty\nz\r\nw\x0bv\x1cu'.split(), '\u3000a\u2003b'.split())
print('l1\nl2\r\nl3\rl4\n'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.splitlines(), 'a\x0cb\x1dc\u2028d'.splitlines())
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(str(i) for i in range(5)), '-'.join(('solo',)))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    ','.join(['a', None])
except TypeError as e:
    print('TypeError', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
print('one two  three'.split(' ', 1), 'a::b::c'.split('::'), 'aXbXc'.rsplit('X', maxsplit=1), 'a b'.split(maxsplit=0))
print('\n'.join(['line1', 'line2']).splitlines(), 'abc'.partition('b')[::2])
print('1 2 3'.split(sep=' '), '  x '.rsplit())
