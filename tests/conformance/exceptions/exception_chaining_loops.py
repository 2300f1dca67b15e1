# Context chains built across loops and functions
def parse_all(items):
    errors = []
    for it in items:
        try:
            errors.append(int(it))
        except ValueError as e:
            errors.append(type(e).__name__)
    return errors
print(parse_all(['1', 'x', '3']))
def chained(n):
    try:
        if n == 0:
            raise ValueError('base')
        chained(n - 1)
    except ValueError as e:
        raise ValueError(f'level {n}') from e
try:
    chained(3)
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
def context_chain():
    try:
        try:
            try:
                raise KeyError('a')
            except KeyError:
                raise IndexError('b')
        except IndexError:
            raise TypeError('c')
    except TypeError as e:
        out = []
        while e:
            out.append(type(e).__name__)
            e = e.__context__
        return out
print(context_chain())
