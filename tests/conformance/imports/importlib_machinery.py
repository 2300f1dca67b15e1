# importlib's own machinery: meta_path finders, find_spec, spec_from_file_location, reload
import importlib, importlib.util, importlib.machinery, sys, os
print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path])
m = importlib.import_module('shapes.base')
print(m.__name__, importlib.import_module('shapes') is sys.modules['shapes'])
spec = importlib.util.find_spec('shapes.circle')
print(spec.name, spec.parent, os.path.basename(spec.origin), spec.submodule_search_locations)
pkg = importlib.util.find_spec('shapes')
print(pkg.name, os.path.basename(pkg.origin), [os.path.basename(p) for p in pkg.submodule_search_locations])
print(importlib.util.find_spec('no_such_module_here'), importlib.util.find_spec('sys').origin)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_helper.py')
spec = importlib.util.spec_from_file_location('helper_copy', path)
mod = importlib.util.module_from_spec(spec)
print(type(spec.loader).__name__, mod.__name__, 'greet' in dir(mod))
spec.loader.exec_module(mod)
print(mod.__name__, mod.greet('x') if hasattr(mod, 'greet') else None, 'helper_copy' in sys.modules)
import _helper
r = importlib.reload(_helper)
print(r is _helper, _helper.__name__)
print(importlib.util.resolve_name('.circle', 'shapes'), importlib.machinery.SOURCE_SUFFIXES)
try:
    importlib.util.resolve_name('..x', 'shapes')
except ImportError as e:
    print('ImportError', e)
import _imp
print(_imp.is_builtin('sys'), _imp.is_builtin('os'), _imp.extension_suffixes() == [] or True)
