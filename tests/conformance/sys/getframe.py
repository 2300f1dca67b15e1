# sys._getframe: code names, line numbers, locals, back links
import sys
def current():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer():
    return caller_name(), current()
print(current())
print(outer())
print(sys._getframe().f_code.co_name)
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a(): return chain()
def b(): return a()
print(b())
def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)
def has_locals():
    x, y = 1, 2
    return locals_of_caller()
print(has_locals())
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
class C:
    def method(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_code.co_qualname, f.f_code.co_filename.endswith('getframe.py')
print(C().method())
print(sys._getframe().f_globals is globals(), sys._getframe().f_back)
