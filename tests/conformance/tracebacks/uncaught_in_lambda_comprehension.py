# Tracebacks through lambdas and comprehensions
transform = lambda x: 10 // x
def apply_all(values):
    return [transform(v) for v in values]
print(apply_all([1, 2, 5]))
results = {k: apply_all(v) for k, v in [('a', [1]), ('b', [2, 'x'])]}
