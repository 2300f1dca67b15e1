# f-strings: nesting, =, conversions, format specs, expressions
x, y, name = 10, 3.14159, 'Ada'
items = ['a', 'b']
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!a}', f'{"ñ"!a}', f'{x:>5}', f'{y:.3f}', f'{x:#b}')
print(f'{x=}', f'{y=:.2f}', f'{name=!s}', f'{x + 1 = }', f'{items[0]=}', f'{len(items)=:03d}')
print(f'{f"{x:>{x // 2}}"!r}', f'{",".join(f"<{i}>" for i in items)}')
w = 8
print(f'{name:{w}}|', f'{name:>{w}}|', f'{y:{w}.{x // 5}f}|', f'{x:{"<" if x > 5 else ">"}{w}}|')
print(f'{{braces}} {{{x}}}', f'{x:{{}}}' if False else 'skip', f'{"{"}')
print(f'{x if x > 5 else -x}', f'{[i * i for i in range(4)]}', f'{ {"k": x}["k"] }', f'{(lambda: "lam")()}')
print(f"{'single'}", f'{"double"}', f'''{'triple'}''', f"""{x
+ 1}""")
print(f'{"nested \"escape\""}' if False else 'skip', f'{x!r:>6}', f'{name!r:^9}')
obj = type('O', (), {'__format__': lambda self, spec: f'fmt[{spec}]', '__repr__': lambda self: 'O()'})()
print(f'{obj}', f'{obj:xyz}', f'{obj!r}', f'{obj=}')
print(f'{3.0:g}', f'{1e-7:g}', f'{123456789:,}', f'{-42:+05d}', f'{0.5:.0%}', f'{255:08b}')
print(f'{"left":<{w}}{"right":>{w}}')
import datetime
d = datetime.date(2024, 2, 29)
print(f'{d:%Y/%m/%d}', f'{d}', f'{d!r}')
print(f'{x}' f'{y:.1f}' 'plain' f'{name}')
