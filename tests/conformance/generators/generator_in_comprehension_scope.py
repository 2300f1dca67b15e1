# Generator expression's first iterable is evaluated eagerly
def source():
    print('source evaluated')
    return [1, 2, 3]
g = (x for x in source())
print('generator created')
print(list(g))
try:
    g2 = (x for x in undefined_iterable)
except NameError as e:
    print('NameError at creation:', e)
g3 = (undefined_in_body for x in [1])
print('created g3')
try:
    list(g3)
except NameError as e:
    print('NameError at iteration:', e)
class C:
    items = [1, 2, 3]
    gen = list(i * 2 for i in items)
print(C.gen)
