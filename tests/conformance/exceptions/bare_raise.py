# Bare raise re-raises the current exception
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raising')
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def reraise_after_nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise
try:
    reraise_after_nested()
except KeyError as e:
    print('outer exception restored', e)
def reraise_in_finally_handler():
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
    raise err
try:
    reraise_in_finally_handler()
except TypeError as e:
    print('raised saved exception', e)
import sys
def handler_state():
    try:
        raise ValueError('cur')
    except ValueError:
        print('inside:', sys.exception())
    print('after:', sys.exception())
handler_state()
