# User-defined exception hierarchies
class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem
class NotFound(AppError, LookupError):
    pass
class WithStr(Exception):
    def __str__(self): return 'custom __str__'
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
def check(v):
    if not isinstance(v, int):
        raise ValidationError('value', f'expected int, got {type(v).__name__}')
    if v < 0:
        raise NotFound(v)
    return v
for v in [1, 'a', -1]:
    try:
        print('ok', check(v))
    except ValidationError as e:
        print('ValidationError', e, e.field, e.problem, e.args)
    except LookupError as e:
        print('LookupError handler got', type(e).__name__, e, isinstance(e, AppError))
print(NotFound.__mro__)
try:
    raise WithStr('ignored arg')
except WithStr as e:
    print(str(e), repr(e), e.args)
e = NoInitCall(5)
print(e.x, e.args, str(e), repr(e))
class Rich(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
    def __repr__(self): return f'Rich(code={self.code})'
try:
    raise Rich(404, 'missing')
except Rich as e:
    print(repr(e), str(e), e.code)
print(issubclass(ValidationError, Exception), issubclass(ValidationError, BaseException), AppError.__doc__)
try:
    raise AppError
except AppError as e:
    print('raised class, got instance', type(e).__name__, e.args)
