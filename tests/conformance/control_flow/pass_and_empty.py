# pass, empty bodies with docstrings / ellipsis, and dead code
def nothing():
    pass
def doc_only():
    """Just a docstring."""
def ellipsis():
    ...
print(nothing(), doc_only(), ellipsis(), doc_only.__doc__)
class Empty:
    pass
class DocOnly:
    "doc"
print(Empty.__name__, DocOnly.__doc__, Empty.__doc__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    print('else of try with pass')
finally:
    print('finally of try with pass')
def after_return():
    return 1
    print('dead code')
print(after_return())
if 0:
    print('never')
