if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass

if a: pass
if a: x = 1; y = 2

while x:
    x -= 1
else:
    done()

for i in range(10):
    print(i)
else:
    pass

for a, b in x: pass
for (a, b) in x: pass
for [a, *b] in x: pass
for x.y in z: pass
for x[0] in z: pass
for a, in b: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass

with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a, b) as c: pass
with (a): pass
with (yield x): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with (
    open(x) as f,
    open(y) as g,
):
    pass

def f(): pass
def f(a): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a): pass
def f(*args: *Ts): pass
def f(a: int, b: str = "x") -> bool: return True
def f(**kw): pass
def f(a, b, /): pass
def f(a,): pass

async def f():
    await x
    async for a in b:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    return [x async for x in y]

@dec
def f(): pass

@dec1
@dec.attr
@dec(1, 2)
@x[0].y
@(lambda f: f)
@a if b else c
class C: pass

@dec
async def g(): pass

class C: pass
class C(): pass
class C(A, B): pass
class C(A, metaclass=M, **kw): pass
class C(*bases): pass

class D:
    x = 1
    def m(self):
        return self.x

    class Inner:
        pass

def outer():
    def inner():
        nonlocal x
        x = 2
    return inner

if x:
    if y:
        pass
    else:
        pass
else:
    pass
