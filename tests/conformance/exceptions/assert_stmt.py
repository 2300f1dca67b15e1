# assert statement
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e)
assert True, 'never'
assert 1 == 1
try:
    assert 1 == 2, ('tuple', 'message')
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
