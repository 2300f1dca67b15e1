# Comprehensions have their own scope; class scope interactions
x = 10
result = [x for x in range(3)]
print(result, x)
y = 5
print([y + i for i in range(3)])
class C:
    factor = 3
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = str(e)
    pairs = [(a, b) for a in values for b in range(a)]
print(C.doubled, C.scaled, C.pairs)
def outer():
    n = 2
    return [lambda: n * i for i in range(3)]
print([f() for f in outer()])
gen = (i for i in range(3))
print(list(gen), list(gen))
print({k: [v for v in range(k)] for k in range(4)})
try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print('NameError', e)
print([i for i in range(3)] == list(map(lambda i: i, range(3))))
