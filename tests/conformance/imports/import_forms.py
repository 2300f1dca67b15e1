# Import statement forms: multiple names, parentheses, aliases, imports in functions and classes
import os, sys as system, _helper as h
from shapes.geometry import (
    PI,
    vector as vec_mod,
)
from shapes.base import Shape as S, Shape
print(os.path.basename(__file__), system.modules['_helper'] is h, PI, vec_mod.__name__, S is Shape)
def f():
    from shapes.circle import Circle
    import shapes.geometry.vector
    return Circle(1).area(), 'shapes' in locals(), sorted(locals())
print(f())
class K:
    import math
    from math import sqrt as root
print(K.math.__name__, K.root(81.0))
import shapes.geometry.vector
print(shapes.geometry.vector is vec_mod)
del shapes
try:
    shapes
except NameError as e:
    print('NameError', e)
import shapes
print(shapes.geometry.PI)
