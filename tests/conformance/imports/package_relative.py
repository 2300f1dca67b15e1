# Packages with relative imports at several levels
import os
import shapes
from shapes.circle import Circle
from shapes.geometry import vector
print(shapes.VERSION, shapes.__name__, shapes.__package__, os.path.basename(shapes.__file__))
print(os.path.basename(os.path.dirname(shapes.circle.__file__)), shapes.circle.__name__, shapes.circle.__package__)
c = Circle(2)
print(c.describe(), isinstance(c, shapes.Shape))
print(vector.info(), vector.Vector(1, 2) + shapes.Vector(3, 4))
print(hasattr(shapes, 'geometry'), hasattr(shapes, 'base'), shapes.geometry.PI)
print(type(shapes.__path__).__name__, len(shapes.__path__), os.path.basename(shapes.__path__[0]))
print(shapes.__spec__.name, shapes.__spec__.parent, shapes.circle.__spec__.parent)
