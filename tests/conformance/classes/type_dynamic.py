# Creating classes with type() and inspecting them
def greet(self): return f'hi from {self.name}'
Person = type('Person', (), {'name': 'anon', 'greet': greet, '__doc__': 'dynamic'})
p = Person()
print(p.greet(), Person.__name__, Person.__doc__, type(p).__name__, Person.__bases__)
Student = type('Student', (Person,), {'school': 'MIT'})
s = Student(); s.name = 'sam'
print(s.greet(), s.school, isinstance(s, Person), [c.__name__ for c in Student.__mro__])
print(type(1), type('a'), type([]), type(type), type(None), type(Person))
try:
    type('X', 'not a tuple', {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (1,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    class Y(1): pass
except TypeError as e:
    print('TypeError', e)
class Final(bool.__base__): pass
print(Final(3) + 1)
try:
    class Sub(bool): pass
except TypeError as e:
    print('TypeError', e)
print(Person.__qualname__, Person.__module__)
