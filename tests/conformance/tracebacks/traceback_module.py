# The traceback module: extract_tb / format_exception_only without absolute paths
import traceback, os
def inner():
    raise KeyError('missing')
def outer():
    inner()
try:
    outer()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
    print(traceback.format_exception_only(type(e), e))
    summary = traceback.TracebackException.from_exception(e)
    print(summary.exc_type_str if hasattr(summary, 'exc_type_str') else summary.exc_type.__name__, len(summary.stack))
try:
    try:
        int('x')
    except ValueError as z:
        raise ValueError('chained') from z
except ValueError as e:
    lines = traceback.format_exception(e)
    print([l.splitlines()[0] for l in lines if not l.startswith('  ')])
print(traceback.format_exception_only(ValueError('x')))
