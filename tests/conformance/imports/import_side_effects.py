# Module bodies run once; import order; names bound by different import forms
print('main: start')
import shapes.geometry
print('main: imported shapes.geometry; shapes bound:', 'shapes' in dir(), 'geometry' in dir())
import shapes.geometry as g
print(g.PI, g is shapes.geometry)
from shapes import geometry
print(geometry is g)
from shapes.geometry import PI as pi_value
print(pi_value)
import shapes
print('second import prints nothing new')
def local_import():
    import _helper
    return _helper.CONSTANT
print(local_import(), '_helper' in dir())
