# Nested f-strings and the = specifier preserving whitespace
a, b = 3, 4
print(f'{a=}, {b = }, {a+b=}, {a * b = :>6}')
print(f'{f"{a}{b}"=}')
print(f'{"x" * 3=}')
print(f'{a=!r:^8}|')
vals = [1.23456, 20.5, 300.0]
print(f'{", ".join(f"{v:8.2f}" for v in vals)}')
print(f"{'|'.join(f'{k}:{v}' for k, v in {'a': 1, 'b': 2}.items())}")
matrix = [[1, 2], [3, 4]]
print(f'{"\n".join(" ".join(f"{x:3}" for x in row) for row in matrix)}')
width = 12
for align in '<^>':
    print(f'[{"text":{align}{width}}]', f'[{3.14159:{align}{width}.3f}]')
print(f'{a!r}{b!s}', f'{"a"!r:>{a + b}}')
def fmt(x): return f'<{x}>'
print(f'{fmt(f"{a}")}', f'{fmt(fmt(b))}')
print(f'{ a }', f'{a   =}', f'{ (a) }')
