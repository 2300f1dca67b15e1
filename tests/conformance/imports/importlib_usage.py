# importlib.import_module, relative names, module objects
import importlib, types, os
m = importlib.import_module('shapes.geometry.vector')
print(m.__name__, m.Vector(1, 1))
rel = importlib.import_module('.circle', 'shapes')
print(rel.__name__, rel.Circle(1).area())
print(isinstance(m, types.ModuleType), type(m).__name__)
mod = types.ModuleType('made_up')
exec('x = 5\ndef f():\n    return x * 2', mod.__dict__)
print(mod.f(), mod.__name__, repr(mod).startswith("<module 'made_up'"))
try:
    importlib.import_module('..x', 'shapes')
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)
spec = importlib.util.find_spec('shapes.base') if hasattr(importlib, 'util') else None
import importlib.util
spec = importlib.util.find_spec('shapes.base')
print(spec.name, spec.parent, os.path.basename(spec.origin))
print(importlib.util.find_spec('surely_missing_module'))
