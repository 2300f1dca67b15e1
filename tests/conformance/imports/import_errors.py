# ModuleNotFoundError / ImportError messages and attributes
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import missing_name
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, e.name, msg[:msg.index(' (')])
try:
    from does_not_exist import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import badpkg.raises
except ValueError as e:
    print('ValueError from module body:', e)
import sys
print('badpkg.raises' in sys.modules, 'badpkg' in sys.modules)
try:
    import badpkg.syntax_err
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename.endswith('syntax_err.py'))
try:
    exec('from . import x')
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
