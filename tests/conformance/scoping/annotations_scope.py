# Annotated assignments in function/module scope (values only, annotations not printed)
a: int = 1
b: str
def f():
    x: int = 5
    y: list
    return x, 'y' in locals()
print(a, f(), 'b' in globals())
class C:
    attr: int = 10
    no_value: str
    def m(self):
        self.inst: int = 3
        return self.inst
print(C.attr, hasattr(C, 'no_value'), C().m())
def g():
    global a
    a = 2
g()
print(a)
(paren): int = 4
print(paren)
lst = [0]
lst[0]: int = 9
print(lst)
