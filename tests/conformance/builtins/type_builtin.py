# type() with 1 and 3 arguments
print(type(1), type('a'), type(type), type(None), type(lambda: 0).__name__, type(print).__name__, type(type(1)))
print(type(1) is int, type(True) is bool, type([]) == list)
Dyn = type('Dyn', (object,), {'x': 1, 'hello': lambda self: f'hello {self.x}'})
d = Dyn()
print(Dyn.__name__, d.hello(), type(d) is Dyn, Dyn.__bases__, Dyn.__qualname__)
Sub = type('Sub', (Dyn,), {'x': 2})
print(Sub().hello(), [c.__name__ for c in Sub.__mro__])
for args in [(), (1, 2), ('X', (), {}, 1), ('X', [], {}), ('X', (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(args, 'TypeError', e)
class Meta(type): pass
M = Meta('M', (), {})
print(type(M).__name__, type(M()).__name__)
print(type.__name__, type.__bases__, isinstance(type, type), type.__mro__)
