# Searching and replacing
s = 'the quick brown fox jumps over the lazy dog the end'
print(s.find('the'), s.find('the', 1), s.find('the', 1, 10), s.find('cat'), s.rfind('the'), s.rfind('the', 0, 40))
print(s.index('fox'), s.rindex('o'), s.count('the'), s.count('o'), s.count(''), 'aaaa'.count('aa'))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('cat')
except ValueError as e:
    print('ValueError', e)
print(s.replace('the', 'THE'), s.replace('the', 'a', 2), s.replace('', '-', 3), 'abc'.replace('', '|'))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('end'), s.endswith('the', 0, 34), s.startswith('quick', 4))
print('abc'.find(''), 'abc'.find('', 5), 'abc'.rfind(''), ''.find(''), 'abc'.count('', 1))
print('hello'.removeprefix('he'), 'hello'.removeprefix('x'), 'hello'.removesuffix('llo'), 'hello'.removesuffix(''))
print('a-b-c'.replace('-', ''), 'aaa'.replace('a', 'aa'), 'x'.replace('x', 'y', 0), 'abab'.replace('ab', 'ba', -1))
print('mississippi'.find('ss', -5), 'mississippi'.rfind('ss', -5), 'mississippi'[-5:].find('ss'))
try:
    s.startswith(['the'])
except TypeError as e:
    print('TypeError', e)
print('x'.replace('x', 'y', count=1), 'xx'.replace('x', 'y', count=1))
