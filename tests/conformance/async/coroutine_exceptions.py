# Exceptions and throw() into coroutines
class Suspend:
    def __await__(self):
        return (yield 'suspended')
async def worker():
    try:
        v = await Suspend()
        print('resumed with', v)
    except ValueError as e:
        print('worker caught', e)
        return 'recovered'
    finally:
        print('worker finally')
c = worker()
print(c.send(None))
try:
    c.throw(ValueError('thrown in'))
except StopIteration as e:
    print('result', e.value)
c2 = worker()
c2.send(None)
c2.close()
print('closed c2')
c3 = worker()
c3.send(None)
try:
    c3.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated', e)
async def chain():
    try:
        await worker_raises()
    except RuntimeError as e:
        raise TypeError('wrapped') from e
async def worker_raises():
    raise RuntimeError('inner')
try:
    chain().send(None)
except TypeError as e:
    print(type(e).__name__, e, '<-', type(e.__cause__).__name__, e.__cause__)
async def stop_iter():
    raise StopIteration('bad')
try:
    stop_iter().send(None)
except RuntimeError as e:
    print('RuntimeError', e)
