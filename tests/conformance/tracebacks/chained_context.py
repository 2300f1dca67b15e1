# Implicit chaining: During handling of the above exception, another exception occurred
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise RuntimeError(f'lookup failed for {key}')
print('start')
lookup({'a': 1}, 'b')
