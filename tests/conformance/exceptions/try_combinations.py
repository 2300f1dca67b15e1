# try/except/else/finally in all combinations
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('v')
        if action == 'other':
            raise KeyError('k')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError as e:
    print('outer caught', e)
def try_finally_only():
    try:
        return 'try value'
    finally:
        print('finally before return')
print(try_finally_only())
def try_except_else():
    try:
        x = 1
    except Exception:
        return 'except'
    else:
        return f'else {x}'
print(try_except_else())
def multiple_handlers(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f'tuple handler {type(e).__name__}'
    except LookupError as e:
        return f'base class handler {type(e).__name__}'
    except Exception as e:
        return f'generic {type(e).__name__}'
for exc in [TypeError, ValueError('x'), IndexError, KeyError, ZeroDivisionError, RuntimeError()]:
    print(multiple_handlers(exc))
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('caught after finally', e)
try:
    pass
except:
    print('no')
else:
    print('bare except with else')
