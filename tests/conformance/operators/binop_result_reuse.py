# Aliasing checks for BINARY_OP result reuse: every value must stay what CPython computes.
import sys
def f1(a, b, c):
    t = a * b
    u = t + c          # t is a name, not a temp: must not be overwritten
    return t, u
print(f1(1000, 2000, 3), f1(1.5, 2.5, 0.25))

def f2(x, y, z):
    return x * x + y * y + z * z, (x - y) * (y - z) - (z - x) * 2
print(f2(1001, 2002, 3003), f2(1.1, 2.2, 3.3))

saved = []
class Keep:
    def __add__(self, o):
        r = o * 1000.5
        saved.append(r)
        return r
    def __mul__(self, o):
        r = o * 3000
        saved.append(r)
        return r
def f3(k, v):
    a = (k + v) * 2.0       # left operand comes from a user __add__ that kept the object
    b = (k * v) + 7000      # same with ints
    return a, b
print(f3(Keep(), 2.0), f3(Keep(), 5), saved)

def g(v):
    r = v * 1.5
    saved.append(r)
    return r
def f4(v):
    return (v * 2.5) + g(v), g(v) * (v + 1.25), (v * 2.5) * g(v)
saved.clear()
print(f4(3.0), saved)

def f5(n):
    tot = 0
    i = 0
    keep = []
    while i < n:
        tot += i * i * 1000
        keep.append(tot)
        i += 1
    return tot, keep[:5], keep[-3:]
print(f5(50))

def f6(a, b):
    x = a * b
    y = (x := a * b + 1) * 3      # walrus keeps the object: no reuse of it
    return x, y
print(f6(1000, 1000), f6(1.5, 3.0))

def f7():
    vals = [1.5, 2.5, 3.5]
    out = []
    for v in vals:
        out.append((v * v) + (v * 2.0))
    return out, vals
print(f7())

def f8(a):
    # small ints stay the shared singletons
    r = (a * 2) + 1
    five = 5
    return r, r is five, ((a * 100) - 195) is five
print(f8(2))

def f9(a, b):
    try:
        return (a * b) + (1 / 0)
    except ZeroDivisionError:
        return (a * b) - 1
print(f9(1e10, 3.0), f9(10**6, 10**6))

def f10(z):
    c = (z * 2j) + 1j
    return c, (z * 2.0) ** 2, -(z * 3.0) + 1.0, (z * 1000) // 7 % 5, (z << 70) + (z * 1000)
print(f10(3))

def gen(n):
    for i in range(n):
        yield i * 1000.5
def f11():
    return [x * 2.0 + 1.0 for x in gen(3)], sum((i * 1000) * (i + 1000) for i in range(5))
print(f11())
# float subclass results are never overwritten
class F(float):
    pass
def f12(a):
    b = F(2.5)
    return type((a * b) + 1.0), (a * b) + 1.0, b
print(f12(2.0))
print(f2(10**10, 10**9, 10**8), f2(2**40, 2**41, 2**42))
