# Capture patterns, wildcard, as-patterns, guards
def f(x):
    match x:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative {n}'
        case int(n) as whole if n % 2 == 0:
            return f'even {whole}'
        case (int() | float()) as num:
            return f'number {num}'
        case _:
            return 'something else'
for v in [0, -5, 4, 7, 2.5, 'a']:
    print(v, f(v))
match 42:
    case answer:
        print('captured', answer)
print('capture binds after match:', answer)
match [1, 2]:
    case [a, b] if a > b:
        print('descending')
    case [a, b]:
        print('not descending', a, b)
match (1, 2):
    case (x, _) if (y := x * 10) > 5:
        print('walrus in guard', y)
for src in ['match x:\n    case a:\n        pass\n    case b:\n        pass\n', 'match x:\n    case [a, a]:\n        pass\n', 'match x:\n    case a | b:\n        pass\n', 'match x:\n    case _ as _:\n        pass\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
