# Exceptions without a message print just the type name
class Custom(Exception):
    pass
def f():
    raise Custom
try:
    raise ValueError()
except ValueError as e:
    print('caught', repr(e), repr(str(e)))
f()
