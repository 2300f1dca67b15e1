# reference: CPython 3.14
# f-string syntax errors: the parser's diagnosis wins over the tokenizer's error at the end of an
# unterminated literal (CPython tokenizes lazily), nesting limits, non-printable characters.
cases = [
    "f'{!'", "f'{!s:'", "f'{:'", "f'{='", "f'{3!:'", "f'{3!'", "f'{3:{{>10}'", "f'{1=}{;'",
    "f'{1=}{+;'", "f'{a $ b}'", "f'{a $}'", "f'{+ lambda:None}'", "f'{lambda x:x}'", "f'{'", "f'{}'",
    "f'{3'", "f'{3!r'", "f'{ 3 !r}'", "f'{3!g}'", "f'{3:'", "f'}'", "f'{1+2:{1+2:{1+1:{1}}}}'",
    "f'{1+2:{1+2:{1}}}'", "f'{\xa0}'", "\xa0", "a\u2028b", "x = \u00e9\u00e8 $",
    "f'{a b}'", "f'{f\"{;\"}'", "f'{[1, 2}'", "f'{x:{;}}'",
]
for src in cases:
    for mode in ('exec', 'eval'):
        try:
            compile(src, '<s>', mode)
            print(repr(src), mode, 'ok')
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno)

def nested(n):
    return '1+1' if n == 0 else 'f"{' + nested(n - 1) + '}"'

for n in (5, 148, 149, 160):
    try:
        print(n, eval(nested(n)))
    except SyntaxError as e:
        print(n, 'SyntaxError', e.msg)
try:
    eval('\\')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.offset)
