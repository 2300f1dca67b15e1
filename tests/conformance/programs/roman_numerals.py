# Roman numeral conversion both ways with validation
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range')
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return ''.join(out)
def from_roman(s):
    m = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        if a not in m: raise ValueError(f'bad numeral {a!r}')
        total += -m[a] if b in m and m[b] > m[a] else m[a]
    if to_roman(total) != s: raise ValueError(f'non-canonical numeral {s!r}')
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n), from_roman(to_roman(n)))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in [0, 4000, 'IIII', 'VX', 'ABC']:
    try:
        print(to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except ValueError as e:
        print('ValueError', e)
