# eval and exec
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('  42  '), eval('"str"'), eval('(1, 2)'))
ns = {'a': 10}
print(eval('a * 2', ns), eval('b', {}, {'b': 'from locals'}))
exec('c = a + 1', ns)
print(ns['c'])
r = exec('1 + 1')
print(r)
exec('for i in range(3): print("exec loop", i)')
exec('def gen():\n    yield 1\n    yield 2\nresult = list(gen())', ns)
print(ns['result'])
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', type(e).__name__)
try:
    exec('raise ValueError("inside exec")')
except ValueError as e:
    print('ValueError', e)
try:
    eval(5)
except TypeError as e:
    print('TypeError', e)
code = 'total = sum(values)'
scope = {'values': [1, 2, 3]}
exec(code, scope)
print(scope['total'])
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
print(eval(b'7 * 6'), eval('\n1\n'.strip()))
