# All string prefix combinations via eval
prefixes = ['', 'r', 'R', 'b', 'B', 'br', 'Br', 'bR', 'BR', 'rb', 'rB', 'Rb', 'RB', 'u', 'U', 'f', 'F',
            'fr', 'rf', 'FR', 'Rf', 'ub', 'bu', 'ur', 'fb']
for p in prefixes:
    src = p + "'a\\x41{1}'"
    try:
        v = eval(src)
        print(f"{p!r:6} {type(v).__name__:5} {v!r}")
    except SyntaxError:
        print(f"{p!r:6} SyntaxError")
print(u'unicode' == 'unicode')
print(len(b'\\'), len(r'\\'), len('\\'))
for src in ["'abc", '"""abc', "'\\'", "b'é'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
