# Docstrings of _io's getset descriptors and of a member descriptor.
import _io
print(_io.FileIO.closed.__doc__)
print(_io.FileIO.mode.__doc__)
print(_io.FileIO.closefd.__doc__)
print(_io.BytesIO.closed.__doc__)
print(complex.real.__doc__, complex.imag.__doc__)
