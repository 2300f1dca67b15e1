# __repr__, __str__, __format__
class Both:
    def __repr__(self): return 'Both()'
    def __str__(self): return 'both as str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'str only'
for o in [Both(), ReprOnly()]:
    print(str(o), repr(o), f'{o}', f'{o!r}', '%s|%r' % (o, o), [o], (o,), {'k': o})
print(str(StrOnly()), [StrOnly()].__len__(), format(StrOnly()))
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
print(format(Fmt(), 'abc'), f'{Fmt():>10}', '{:x}'.format(Fmt()), f'{Fmt()!s:>5}'[:0] + 'ok')
class Plain: pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(Both(), ''))
try:
    f'{Both():>15}'
except TypeError as e:
    print('TypeError', e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:,.2f}'
        return format(self.v, spec)
    def __repr__(self): return f'Money({self.v!r})'
m = Money(1234.5)
print(f'{m:usd}', f'{m:.1f}', f'{m!r}', f'{m}', format(m, '>10'))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class Nested:
    def __repr__(self): return f'Nested({[1, "a", Both()]})'
print(repr(Nested()), str(Nested()))
