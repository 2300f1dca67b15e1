# Iterating over strings, ord/chr, translations
s = 'Hello'
for i, c in enumerate(s):
    print(i, c, ord(c), c.isupper())
print(list(s), tuple(s), set('aab') == {'a', 'b'}, sorted(s), sorted(s, key=str.lower))
print([c * 2 for c in 'abc'], ''.join(chr(ord(c) + 1) for c in 'HAL'))
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table), 'hello'.translate({ord('l'): None, ord('o'): '0'}))
table2 = str.maketrans({'a': '1', 'b': None})
print('abcab'.translate(table2), str.maketrans('ab', 'cd', 'e'))
print(list(reversed('abc')), list(zip('abc', 'xy')), list(map(str.upper, 'ab')))
it = iter('xy')
print(next(it), next(it), next(it, 'done'))
count = {}
for ch in 'mississippi':
    count[ch] = count.get(ch, 0) + 1
print(count)
print(all(c.isalpha() for c in 'abc'), any(c.isdigit() for c in 'abc1'))
