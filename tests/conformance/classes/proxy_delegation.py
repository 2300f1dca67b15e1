# Delegation via __getattr__; special methods are looked up on the type, not the instance
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'calls', [])
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self): self.value = 10
    def double(self): return self.value * 2
    def __len__(self): return 99
t = Target()
p = Proxy(t)
print(p.value, p.double(), p.calls)
p.value = 21
print(t.value, p.double())
try:
    len(p)
except TypeError as e:
    print('TypeError', e)
print(p.__len__())
class Special:
    pass
s = Special()
s.__len__ = lambda: 5
try:
    len(s)
except TypeError as e:
    print('TypeError', e)
s.__repr__ = lambda: 'instance repr'
print(repr(s) == 'instance repr')
Special.__len__ = lambda self: 7
print(len(s))
