"""shapes package"""
print('shapes/__init__ running, __name__ =', __name__)
from .base import Shape
from . import circle
from .geometry.vector import Vector
VERSION = '1.0'
