# reference: CPython 3.14
# return/break/continue inside finally override pending exceptions and returns
def return_in_finally():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(return_in_finally())
def override_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(override_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f'broke at {i}'
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def finally_sees_value():
    x = 'initial'
    try:
        x = 'set in try'
        return x
    finally:
        x = 'changed in finally'
        print('finally x =', x)
print(finally_sees_value())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
def exception_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    exception_in_finally()
except TypeError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)
