# Conditions use __bool__ then __len__; errors propagate
class Z:
    def __len__(self): return 0
class NZ:
    def __len__(self): return 3
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('__bool__', self.v)
        return self.v
for obj in [Z(), NZ(), B(True), B(False)]:
    if obj:
        print(type(obj).__name__, 'true')
    else:
        print(type(obj).__name__, 'false')
n = 0
w = B(True)
while w:
    n += 1
    if n == 2:
        w.v = False
print('loops', n)
class NegLen:
    def __len__(self): return -1
try:
    if NegLen(): pass
except ValueError as e:
    print('ValueError', e)
class BadBool:
    def __bool__(self): return 'yes'
try:
    while BadBool(): break
except TypeError as e:
    print('TypeError', e)
print([x for x in [Z(), NZ()] if x].__len__())
print(any([Z(), NZ()]), all([NZ(), Z()]))
