# raise ... from None hides the context
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f'no attribute {k!r}') from None
print(get({'x': 1}, 'x'))
get({}, 'y')
