# Relative imports from a top-level script fail
try:
    from . import _helper
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .shapes import base
except ImportError as e:
    print(type(e).__name__, e)
print(__package__ is None or __package__ == '', __name__)
import shapes.geometry.vector as v
print(v.__package__, v.__spec__.parent)
try:
    exec('from ... import x', {'__name__': 'shapes.geometry', '__package__': 'shapes.geometry'})
except ImportError as e:
    print(type(e).__name__, e)
