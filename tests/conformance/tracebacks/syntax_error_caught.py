# SyntaxErrors from exec/compile are caught and their attributes printed
import traceback
sources = [
    'x = = 1',
    'def f(:\n    pass',
    'print("unterminated)',
    'if True\n    pass',
    'for x in range(3):\npass',
    '  indented = 1',
    '(1, 2',
    'return 5',
    'a b c',
    'f(**x, *y)',
    'x = 1 +',
    'class C:\n    def m(self):\n        yield = 3',
]
for src in sources:
    try:
        compile(src, '<snippet>', 'exec')
        print('compiled?!', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset, '|', repr(e.text))
try:
    exec('1 +* 2')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
try:
    eval('lambda: (yield)')
    print('eval ok')
except SyntaxError as e:
    print('SyntaxError', e.msg)
