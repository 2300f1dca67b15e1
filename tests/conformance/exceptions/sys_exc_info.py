# sys.exc_info and sys.exception during handling
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('current')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v, tb.tb_lineno)
print(sys.exc_info())
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            print('inner:', repr(sys.exception()))
        print('restored:', repr(sys.exception()))
nested()
print('cleared:', sys.exception())
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
print('outside gen:', sys.exception())
print(next(g))
