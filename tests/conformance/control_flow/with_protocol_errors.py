# reference: CPython 3.14
# with / async with on objects that lack __enter__/__exit__ (or the async pair): 3.14 looks the exit method up
# first and names the missing one.
import asyncio
class E:
    def __enter__(self): return 1
class X:
    def __exit__(self, *a): pass
class AE:
    async def __aenter__(self): return 1
class AX:
    async def __aexit__(self, *a): pass
for obj in [1, E(), X(), None, AE(), AX()]:
    try:
        with obj: pass
    except Exception as e: print(type(e).__name__, e)
async def f(obj):
    async with obj: pass
for obj in [1, E(), X(), AE(), AX()]:
    co = f(obj)
    try: co.send(None)
    except StopIteration: print('ok')
    except Exception as e: print(type(e).__name__, e)
