# Slot wrappers (wrapper_descriptor, method-wrapper) carry CPython's docstrings and text signatures,
# so inspect.signature works on them; a method-wrapper has __objclass__ and __qualname__.
import inspect
l = []
for d in (list.__add__, int.__add__, object.__init__, object.__hash__, str.__len__, l.__add__, (1).__lt__, object.__eq__):
    print(type(d).__name__, d.__qualname__, repr(d.__doc__), d.__text_signature__, d.__objclass__.__name__)
print(inspect.signature(list.__add__), inspect.signature(l.__add__), inspect.signature(int.__pow__))
print(l.__add__ == l.__add__, l.__add__.__self__ is l)
