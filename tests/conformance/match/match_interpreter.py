# A small expression evaluator written with match
def ev(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ('+', a, b):
            return ev(a, env) + ev(b, env)
        case ('-', a):
            return -ev(a, env)
        case ('-', a, b):
            return ev(a, env) - ev(b, env)
        case ('*', a, b):
            return ev(a, env) * ev(b, env)
        case ('let', str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ('if', cond, then, else_):
            return ev(then, env) if ev(cond, env) else ev(else_, env)
        case ('call', fn, *args):
            return ev(fn, env)(*[ev(a, env) for a in args])
        case _:
            raise ValueError(f'bad node {node!r}')
env = {'x': 5, 'max': max}
exprs = [
    ('+', 1, 2),
    ('*', 'x', ('-', 'x', 3)),
    ('-', 'x'),
    ('let', 'y', 10, ('+', 'x', 'y')),
    ('if', ('-', 'x', 5), 1, 2),
    ('call', 'max', 3, 'x', ('*', 2, 4)),
    ('let', 'x', 1, ('let', 'x', ('+', 'x', 1), 'x')),
]
for e in exprs:
    print(e, '=>', ev(e, env))
try:
    ev(('%', 1, 2), env)
except ValueError as e:
    print('ValueError', e)
