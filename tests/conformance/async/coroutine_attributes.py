# Coroutine object attributes and states
import inspect
class Suspend:
    def __await__(self):
        yield
async def co():
    await Suspend()
    return 'v'
c = co()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_frame is not None)
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
print(co.__name__, c.__name__, c.__qualname__, c.cr_code is co.__code__)
d = co()
d.close()
print(inspect.getcoroutinestate(d))
try:
    d.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
import types
@types.coroutine
def legacy():
    yield 'legacy-yield'
    return 'legacy-result'
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
c5 = co()
try:
    iter(c5)
except TypeError as e:
    print('TypeError', e)
c5.close()
