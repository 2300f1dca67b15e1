# The 'as' variable is deleted at the end of the except block
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    exc = None
    try:
        raise KeyError('saved')
    except KeyError as e:
        exc = e
    return exc
print(repr(f()))
def g():
    try:
        raise ValueError
    except ValueError as v:
        pass
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError'
print(g())
