x = 1
x = y = z = 2
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
x.y = 1
x[0] = 1
x[1:2] = y
x: int
x: int = 5
(x): int = 5
x.y: List[int] = []
x[0]: int
x += 1
x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1
x.y += 1
x[i] += 1
y = yield
y = yield x
z = await_ = 3
del x
del x, y
del x.y, x[0], (a, b), [c, d]
del (x)
assert x
assert x, "msg"
raise
raise E
raise E from e
raise E() from None
pass
global a
global a, b, c
nonlocal q
import os
import os.path
import os.path as p, sys
from . import x
from .. import y
from ... import z
from .... import w
from .m import a as b, c
from ..m.n import (a, b,)
from m import *
from __future__ import annotations
print(1); print(2);
x = 1,
x = *a, *b
x = (yield)
return_ = 1
type X = int
type Y[T] = list[T]
type = 5
type.x = 1
type(x)
match = 1
match.x = 2
match(x)
case = 3
_ = 4
x = not y
for x in y: pass
