# CPython 3.14's concurrent.interpreters and InterpreterPoolExecutor, unmodified, on Kaa.
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor
import functools

# Every interpreter has its own buffered sys.stdout (as in CPython): flush each line so the output
# of the main and the sub-interpreter interleaves in program order.
print = functools.partial(print, flush=True)


def square(x):
    return x * x


if __name__ == '__main__':
    interp = interpreters.create()
    interp.exec('x = 1 + 2\nprint("in sub", x, flush=True)')
    print(interp.call(pow, 2, 10))
    print(interp.call(square, 7))             # a __main__ function: pickled by name, main script synced
    q = interpreters.create_queue()
    interp.prepare_main(q=q)
    interp.exec('q.put(("hello", 42))')
    print(q.get(timeout=5))
    t = interp.call_in_thread(print, 'from a thread', flush=True)
    t.join()
    try:
        interp.exec('raise ValueError("boom")')
    except interpreters.ExecutionFailed as e:
        print('ExecutionFailed', e.excinfo.type.__name__, e.excinfo.msg)
    print(len(interpreters.list_all()), interpreters.get_current() == interpreters.get_main())
    interp.close()
    with InterpreterPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(8))))
        print(ex.submit(sum, [1, 2, 3]).result())
    print('done')
