# The current context is per thread: a new thread starts with an empty context, and a context
# entered in one thread cannot be entered in another at the same time.
import _thread
import contextvars

v = contextvars.ContextVar('v', default='default')
v.set('main')
results = []
done = _thread.allocate_lock()
done.acquire()


def worker():
    results.append(('worker sees', v.get()))
    results.append(('worker ctx len', len(contextvars.copy_context())))
    v.set('worker')
    results.append(('worker after set', v.get()))
    done.release()


_thread.start_new_thread(worker, ())
done.acquire()
for r in results:
    print(*r)
print('main still', v.get())

# a context entered by the main thread is "already entered" for another thread too
ctx = contextvars.copy_context()
release = _thread.allocate_lock()
release.acquire()
out = []


def other():
    try:
        ctx.run(print, 'should not run')
    except RuntimeError as e:
        out.append(type(e).__name__)
    release.release()


ctx.run(lambda: (_thread.start_new_thread(other, ()), release.acquire()))
print(out)

# running a copy of the main context in a thread shows the main values
ctx2 = contextvars.copy_context()
seen = []
fin = _thread.allocate_lock()
fin.acquire()


def run_in_copy():
    seen.append(ctx2.run(v.get))
    seen.append(v.get())
    fin.release()


_thread.start_new_thread(run_in_copy, ())
fin.acquire()
print(seen)
