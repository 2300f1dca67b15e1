import importlib
def __getattr__(name):
    if name == 'heavy':
        print('lazy: loading heavy on first access')
        return importlib.import_module('.heavy', __name__)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
def __dir__():
    return ['heavy', 'extra']
