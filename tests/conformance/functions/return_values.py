# Return semantics: implicit None, multiple values, early return
def nothing(): pass
def explicit_none(): return
def multiple(): return 1, 'two', [3]
def early(x):
    if x < 0:
        return 'negative'
    for i in range(x):
        if i == 3:
            return f'stopped at {i}'
    return 'completed'
print(nothing(), explicit_none(), multiple(), early(-1), early(10), early(2))
a, b, c = multiple()
print(a, b, c)
def returns_function():
    def inner(): return 'inner result'
    return inner
print(returns_function()())
def in_loop():
    while True:
        return 'from while'
print(in_loop())
def conditional_expr(x): return 'yes' if x else 'no'
print(conditional_expr(1), conditional_expr(0))
def gen_return():
    return (i for i in range(3))
print(list(gen_return()))
print(type(nothing()).__name__)
