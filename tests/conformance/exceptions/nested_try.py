# Deeply nested try statements and propagation order
log = []
def level3():
    try:
        log.append('l3 try')
        raise ValueError('deep')
    finally:
        log.append('l3 finally')
def level2():
    try:
        level3()
    except KeyError:
        log.append('l2 wrong handler')
    finally:
        log.append('l2 finally')
def level1():
    try:
        level2()
    except ValueError as e:
        log.append(f'l1 caught {e}')
        return 'handled'
    finally:
        log.append('l1 finally')
print(level1())
print(log)
def retry(attempts):
    for i in range(attempts):
        try:
            if i < 2:
                raise ConnectionError(f'attempt {i}')
            return f'succeeded on attempt {i}'
        except ConnectionError as e:
            print('retrying after', e)
    return 'gave up'
print(retry(5), retry(2))
def convert(values):
    out = []
    for v in values:
        try:
            try:
                out.append(int(v))
            except ValueError:
                out.append(float(v))
        except ValueError:
            out.append(None)
        except TypeError:
            out.append('type?')
    return out
print(convert(['1', '2.5', 'x', None, '3e2']))
