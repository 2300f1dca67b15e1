__all__ = ['public_func', 'PublicClass', 'submod']
def public_func():
    return 'public'
def not_exported():
    return 'not in __all__'
class PublicClass:
    pass
_underscore = 1
