# Built-in functions carry CPython's docstrings and text signatures, so inspect.signature works on them.
import builtins, inspect
for name in ['abs', 'divmod', 'len', 'sorted', 'print', 'iter', 'getattr', 'round', 'pow', 'isinstance', 'sum']:
    f = getattr(builtins, name)
    try:
        sig = str(inspect.signature(f))
    except ValueError as e:
        sig = 'ValueError'
    print(name, sig, repr(f.__text_signature__), f.__doc__.splitlines()[0])
print(inspect.signature(lambda x, *a, k=1: 0), repr(divmod.__doc__))
