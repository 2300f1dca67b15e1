# reference: CPython 3.14
# Invalid escape sequences in str, bytes and f-string literals: a SyntaxWarning at compile time (one per
# literal, for the first bad escape), or a SyntaxError when the warning filters say "error".
import warnings

sources = [r"'\d'", r"b'\d'", r"'\d\q'", r"'\8'", r"'\407'", r"b'\777'", r"'ok\n'", r"r'\d'",
           r"f'\d{1}'", r"f'\{{'", r"f'{1}\}}'", "'''\n\\z'''", r"'\N{DIGIT ONE}'", r"'\e' + '\w'"]
for src in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        value = eval(src)
    print(src, ascii(value), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

for src in ["'''\n\\z'''", r"b'\407'", "x = 1\ny = '\\p'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, 'mod.py', 'exec')
        except SyntaxError as e:
            print('SyntaxError', e.msg, e.filename, e.lineno, e.offset, len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print('SyntaxError', e.msg, [str(x.message) for x in w])

for src in [r"f'\{6*7}'", r"f'\\{6*7}'", r"f'\\\{6*7}'", r"f'{1:\{2}}'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            value = eval(src)
        except Exception as e:
            value = type(e).__name__
    print(src, ascii(value), [str(x.message) for x in w])
