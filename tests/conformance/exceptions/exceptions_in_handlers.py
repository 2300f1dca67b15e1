# Exceptions raised inside except/else/finally blocks
def in_except():
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
try:
    in_except()
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print('no')
    else:
        raise IndexError('from else')
    finally:
        print('finally still runs')
try:
    in_else()
except IndexError as e:
    print('IndexError', e, 'context', e.__context__)
def else_not_protected():
    try:
        try:
            x = 1
        except ValueError:
            print('not here')
        else:
            raise ValueError('raised in else is not caught by sibling except')
    except ValueError as e:
        print('outer caught:', e)
else_not_protected()
def context_from_finally():
    try:
        try:
            raise ValueError('a')
        finally:
            raise TypeError('b')
    except TypeError as e:
        return repr(e.__context__)
print(context_from_finally())
def self_context():
    try:
        raise ValueError('x')
    except ValueError as e:
        try:
            raise e
        except ValueError as e2:
            return e2 is e, e2.__context__
print(self_context())
