# if / elif / else chains
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x > 5:
    if x % 2:
        print('big odd')
    else:
        print('big even')
if []:
    print('never')
elif {}:
    print('never either')
else:
    print('empty containers are falsy')
if (y := x * 2) > 10: print('walrus in if', y)
val = None
if val is None: print('none')
if not val and val is not False: print('falsy but not False')
def side(tag):
    print('eval', tag)
    return tag
if side(0): pass
elif side(1): print('second branch')
elif side(2): print('never evaluated')
