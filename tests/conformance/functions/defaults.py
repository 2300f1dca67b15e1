# Default values are evaluated once at definition time
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(id=next_id()): return id
print(make(), make(), counter)
print(append_to.__defaults__)
append_to.__defaults__ = ([100],)
print(append_to(4))
def kw(a, *, b=10, c=20): return a + b + c
print(kw(1), kw(1, c=0), kw.__kwdefaults__)
kw.__kwdefaults__ = {'b': 0, 'c': 0}
print(kw(1))
x = 5
def late(v=x): return v
x = 6
print(late())
def many(a, b=1, c=2, d=3): return (a, b, c, d)
print(many(0), many(0, 9), many(0, d=9), many(*'wxyz'))
