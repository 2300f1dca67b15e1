# compile(..., 'single') with and without codeop's flags (PyCF_ALLOW_INCOMPLETE_INPUT 0x4000,
# PyCF_DONT_IMPLY_DEDENT 0x200), top-level await in 'single' mode, and codeop itself.
import ast, codeop

sources = ['if 1:', 'if 1:\n', 'x = (1,', 'def f():\n  return 1', 'if 1:\n  a = 1\nelse:',
           'if 1:\n  a=1\n\n', '"""abc', 'x = 1 +', 'x = 1', 'x = )', 'if 1:\n  x = 1\n']
for src in sources:
    for flags in [0, 0x200, 0x4000, 0x4200]:
        try:
            compile(src, '?', 'single', flags=flags)
            print(repr(src), hex(flags), 'ok')
        except SyntaxError as e:
            print(repr(src), hex(flags), type(e).__name__, e.msg)

for src in ['async for i in x:\n  a = 1', 'a = await x', 'async with x:\n  pass']:
    for mode in ['single', 'exec']:
        try:
            co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            print(repr(src), mode, 'coroutine flag', bool(co.co_flags & 0x80))
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg)

for src in sources:
    try:
        r = codeop.compile_command(src)
        print(repr(src), 'incomplete' if r is None else 'complete')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
print(issubclass(_IncompleteInputError, SyntaxError))
