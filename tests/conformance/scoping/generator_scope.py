# Scopes of generators and their frames
def counter():
    count = 0
    while True:
        count += 1
        yield count
g = counter()
print(next(g), next(g), g.gi_frame.f_locals['count'])
def shadow():
    x = 'local'
    gen = (x for _ in range(2))
    x = 'rebound'
    return list(gen)
print(shadow())
def closure_gen():
    items = []
    def add(v): items.append(v)
    def gen():
        yield from items
    return add, gen
add, gen = closure_gen()
add(1); add(2)
print(list(gen()))
add(3)
print(list(gen()))
