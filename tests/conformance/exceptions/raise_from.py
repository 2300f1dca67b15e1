# raise ... from ..., __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('implicit')
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('suppressed') from None
except TypeError as e:
    show(e)
try:
    raise RuntimeError('no context') from KeyError('explicit cause')
except RuntimeError as e:
    show(e)
try:
    raise RuntimeError('cause is class') from IndexError
except RuntimeError as e:
    show(e)
try:
    raise RuntimeError from 5
except TypeError as e:
    print('TypeError', e)
e = ValueError('manual')
e.__cause__ = KeyError('set')
print(e.__suppress_context__)
e.__suppress_context__ = False
print(repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise KeyError('k')
        except KeyError:
            raise IndexError('i')
except IndexError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__, e.__context__.__context__.__context__)
