# Generator expressions as sole call arguments, and with other args
print(sum(x * x for x in range(10)))
print(max(len(w) for w in 'a bb ccc'.split()))
print(sorted((c for c in 'hello'), reverse=True))
print(''.join(c.upper() for c in 'abc' if c != 'b'))
print(dict((i, i * i) for i in range(4)))
print(any(x > 5 for x in [1, 7]), all(x > 0 for x in []))
for src in ['f(x for x in y, 1)', 'f(1, x for x in y)', 'f((x for x in y), 1)', 'f(x for x in y)']:
    try:
        compile(src, '<s>', 'eval')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
print(min((abs(x - 5), x) for x in [1, 4, 7, 9]))
