# Single inheritance, overriding, isinstance/issubclass
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} is an {self.kind}: {self.speak()}'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1)]:
    print(a.describe(), type(a).__name__, isinstance(a, Animal), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), Puppy.__bases__, Puppy.__base__)
print([c.__name__ for c in Puppy.__mro__], Puppy.mro() == list(Puppy.__mro__))
p = Puppy('x', 2)
print(vars(p), p.kind, Puppy.kind, Animal.kind)
Animal.kind = 'creature'
print(Animal('a').kind, Dog('d').kind)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, type(Dog).__name__)
print(sorted(n for n in Animal.__dict__ if not n.startswith('__')), 'speak' in Dog.__dict__, 'describe' in Dog.__dict__)
