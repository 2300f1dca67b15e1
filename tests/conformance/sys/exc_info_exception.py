# sys.exc_info / sys.exception in nested handlers and after handling
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, v, sys.exception() is v)
show('start')
try:
    raise KeyError('k')
except KeyError:
    show('in except')
    try:
        raise ValueError('v')
    except ValueError:
        show('nested')
    show('back to outer')
show('after')
def raiser():
    raise TypeError('from function')
try:
    raiser()
except TypeError:
    tb = sys.exc_info()[2]
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
try:
    raise RuntimeError('x')
except RuntimeError as e:
    print(sys.exception() is e, sys.exc_info()[1] is e, e.__traceback__ is sys.exc_info()[2])
