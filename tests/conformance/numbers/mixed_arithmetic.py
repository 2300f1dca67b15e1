# Result types of mixed-type arithmetic
vals = [3, 2.0, True]
ops = ['+', '-', '*', '/', '//', '%', '**']
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            r = eval(f'a {op} b')
            row.append(f'{op}:{type(r).__name__}:{r!r}')
        print(repr(a), repr(b), ' '.join(row))
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(4 ** 0.5).__name__, type((-4) ** 0.5).__name__)
print((-4) ** 0.5 == (-4) ** 0.5, abs((-4) ** 0.5 - 2j) < 1e-12)
print(type(1 + 1j).__name__, type(1.0 * 1j).__name__, 10 / 5, 10 // 5, type(10 // 5.0).__name__)
