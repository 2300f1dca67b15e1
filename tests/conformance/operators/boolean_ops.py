# and/or/not return operands and short-circuit
def t(x, log):
    log.append(x)
    return x
log = []
print(t(0, log) and t(1, log), log)
log = []
print(t(2, log) and t(3, log), log)
log = []
print(t('', log) or t('x', log) or t('y', log), log)
log = []
print(t([1], log) or t(0, log), log)
print(not 0, not 1, not '', not 'a', not [], not [0], not {}, not None, not 0.0, not 0j)
print([] or {} or () or None, [] and 1, 1 and [], 0 or 0.0, 'a' and 'b' or 'c')
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called', self.v)
        return self.v
    def __repr__(self): return f'T({self.v})'
print(Truthy(True) and 'yes')
print(Truthy(False) or 'fallback')
print(not Truthy(False))
r = Truthy(False) and Truthy(True)
print(r)
x = None
print(x is None or x > 3, x is not None and x > 3)
print(bool(Truthy(True)), 1 if Truthy(False) else 2)
class BadBool:
    def __bool__(self): return 1
try:
    not BadBool()
except TypeError as e:
    print('TypeError', e)
