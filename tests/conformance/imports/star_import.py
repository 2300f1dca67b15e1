# from package import * honours __all__; without __all__ skips underscore names
from starpkg import *
print(public_func(), PublicClass.__name__, submod.VALUE)
try:
    not_exported()
except NameError as e:
    print('NameError', e)
from starpkg.noall import *
print(visible, func())
for name in ['_hidden', '_os_alias']:
    print(name, name in globals())
import starpkg
print(starpkg.not_exported(), starpkg._underscore, sorted(starpkg.__all__))
for src in ['def f():\n    from starpkg import *\n']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
