# compile() in exec/eval/single modes and flags
code = compile('x = 5\ny = x * 2\n', 'myfile.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name, sorted(code.co_names))
ns = {}
exec(code, ns)
print(ns['x'], ns['y'])
expr = compile('3 * 7', '<expr>', 'eval')
print(eval(expr), expr.co_name)
single = compile('print("from single mode")', '<single>', 'single')
exec(single)
try:
    compile('x = ', '<bad>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.filename, e.lineno, e.msg)
try:
    compile('x = 1', '<bad>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('1', '<x>', 'bogus')
except ValueError as e:
    print('ValueError', e)
import ast
tree = compile('a + 1', '<ast>', 'eval', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(eval(compile(tree, '<ast>', 'eval'), {'a': 41}))
func_code = compile('def f(a, b=1):\n    return a + b\n', '<f>', 'exec')
ns = {}
exec(func_code, ns)
print(ns['f'](1), ns['f'].__code__.co_filename, ns['f'].__code__.co_firstlineno)
print(compile(b'1 + 1', '<bytes>', 'eval').co_filename, eval(compile('1+1', 'f', 'eval', dont_inherit=True)))
