# The DeprecationWarnings of the node constructors (3.13+): missing required fields, unknown keywords.
import ast
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for make in (lambda: ast.Name(), lambda: ast.Name('x', spam=1)):
        try:
            make()
        except DeprecationWarning as w:
            print("DeprecationWarning", w)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ast.FunctionDef()
    ast.arg()
print(sorted(str(w.message) for w in caught))
print([w.category.__name__ for w in caught])
