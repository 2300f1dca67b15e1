# The implicit __class__ cell used by super() and available in methods
class A:
    def whoami(self):
        return __class__.__name__
    def get_class_cell(self):
        return __class__
class B(A):
    def whoami(self):
        return 'B>' + super().whoami() + '|' + __class__.__name__
b = B()
print(b.whoami(), b.get_class_cell() is A, A.whoami.__code__.co_freevars)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print('namespace has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
class UsesCell(metaclass=Meta):
    def m(self): return __class__
class NoCell(metaclass=Meta):
    def m(self): return 1
print(UsesCell().m() is UsesCell)
def outside():
    try:
        return __class__
    except NameError as e:
        return 'NameError: ' + str(e)
print(outside())
class Decorated:
    def method(self):
        return super().__repr__.__name__
print(Decorated().method())
