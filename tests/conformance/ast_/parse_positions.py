# ast.parse: node structure and positions (UTF-8 byte columns) in every mode.
import ast

def show(src, mode='exec', **kw):
    print(ast.dump(ast.parse(src, mode=mode, **kw), include_attributes=True))

show("x = 'é' + y  # 𝔘 comment\nz = 'ü𝔘' ; w = 1")
show("f'{a!r:>{width}} and {b=}' 'tail'")
show("lambda a, /, b=1, *c, d, e=2, **f: (a, b)")
show("a[1:2, ::3] = b, *c = d", mode='exec')
show("x if y else z", mode='eval')
show("print(1); del a.b, c[0]", mode='single')
show('''
@dec(1)
async def f(a: int = 3, *, b) -> str:
    """doc"""
    async with x as (y, z), w:
        await q
    async for i in j:
        yield i
    return [k async for k in g if k]
class C(B, metaclass=M):
    x: int = 1
    y: list[int]
''')
show('''
match p:
    case [1, *rest] if rest: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=_) | None: pass
    case str() as s: pass
try:
    pass
except* (A, B) as e:
    raise X from e
finally:
    pass
global g
with open(f) as fh: nonlocal_ = 1
from ..pkg import (a as b, c)
import os.path as p
assert x, "m"
while True:
    break
else:
    continue
''')
show("type Alias[T: int = str, *Ts, **P] = list[T]")
show("def g[T](x: T) -> T: ...")
show("{**a, 'b': 1, **c} ; {1, 2} ; {k: v for k, v in d.items()} ; (x for x in y) ; -x ; not y ; a < b <= c is not d not in e")
show("x := 1", mode='eval') if False else show("(x := 1)", mode='eval')
show("b'bytes' ; 1j ; 1.5 ; 0xff ; ... ; None ; True ; u'u'")
t = ast.parse("x = 1")
print(type(t).__name__, t.body[0].targets[0].ctx is ast.parse("y = 2").body[0].targets[0].ctx)
print(ast.parse("a + b").body[0].value.op is ast.parse("c + d").body[0].value.op)
