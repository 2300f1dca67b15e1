# f-string literal syntax
name, n, pi = "world", 42, 3.14159
print(f"hello {name}", F"{n}", rf"\n{n}", fr'{n}\t', f'{{literal}}', f'{n!r} {name!r} {name!s} {name!a}')
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#x}|{n:b}|{n:o}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {pi:%} {1234567.891:,.2f} {1234567:_}")
print(f"{n=}", f"{n = }", f"{pi=:.1f}", f"{name=!r}", f"{1 + 1=}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{'x':*^{width}}")
print(f"{'nested ' + f'{n}'}", f"{[x * 2 for x in range(3)]}", f"{ {'a': 1}['a'] }")
print(f"{'quote'}", f'{"dq"}', f"{"same quotes"}", f"{f"{f"{n}"}"}")
d = {'key': 'value'}
print(f"{d['key']}", f"{d["key"]}")
print(f"{n if n > 0 else -n}", f"{(lambda x: x + 1)(n)}", f"{n:{'>' if n else '<'}8}")
print(f"multi {
    n + 1
} line")
print(f"{3.0:.0f} {-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'abc'!r:>8}", f"{b'x'}", f"{None}", f"{True:d}")
