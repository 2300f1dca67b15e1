# exec/eval with explicit globals and locals
g = {'x': 1}
l = {'y': 2}
exec('z = x + y', g, l)
print(sorted(k for k in g if k != '__builtins__'), l)
print(eval('x * 100 + y', g, l), eval('x', {'x': 'only globals'}))
ns = {}
exec('def f(): return secret\nsecret = 42', ns)
print(ns['f']())
exec('class K:\n    v = 1\n    w = [v for _ in range(1)] if False else v * 2', ns)
print(ns['K'].w)
def run():
    local_var = 'function local'
    return eval('local_var'), eval('local_var + "!"', globals(), {'local_var': 'explicit'})
print(run())
try:
    eval('undefined_thing', {})
except NameError as e:
    print('NameError', e)
print(eval('len([1, 2])', {}), eval('abs(-3)', {'__builtins__': {'abs': abs}}))
try:
    eval('len([])', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), code.co_names)
exec('global gv\ngv = "set by exec"', globals())
print(gv)
