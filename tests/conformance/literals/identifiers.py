# Identifier rules, unicode identifiers and keywords
café = 1
π = 3.14159
_private = 'p'
__dunder__ = 'd'
x1_y2 = 12
print(café, π, _private, __dunder__, x1_y2)
Ωmega = 'omega'
print(Ωmega)
import keyword
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(sorted(keyword.kwlist)[:8])
print('abc'.isidentifier(), '1abc'.isidentifier(), 'a-b'.isidentifier(), 'é'.isidentifier(), ''.isidentifier())
for src in ["class = 1", "def = 2", "match = 3", "case = 4", "_ = 5", "type = 6", "None = 1", "True = 2"]:
    try:
        ns = {}
        exec(src, ns)
        print(repr(src), 'ok', {k: v for k, v in ns.items() if k != '__builtins__'})
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')
match = [1, 2]
print(match[0])
ﬁ = 'ligature'   # NFKC normalizes to 'fi'
print(fi)
