"""Cross-interpreter benchmarks: the same program runs on Kaa and on CPython 3.13.

Uses only the low-level _interpreters/_interpqueues modules (present in both; the 3.13 queue API
takes a "fmt" argument, handled below), _thread and time. Prints one line per measurement:

    name<TAB>value<TAB>unit

bench/interp/run.py runs it on both implementations and writes docs/performance.md.
"""
import _interpreters as I
import _interpqueues as Q
import _thread
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
IS_KAA = sys.implementation.name == 'kaa'

# --- queue API differences (3.13: create(maxsize, fmt, unboundop), get -> (obj, fmt, unboundop)) ---
try:
    _probe = Q.create(0)
    Q.destroy(_probe)
    def qcreate():
        q = Q.create(0)
        Q.bind(q)
        return q
    def qput(q, obj):
        Q.put(q, obj)
    def qget(q):
        return Q.get(q)[0]
    QAPI = '3.14'
except TypeError:
    def qcreate():
        return Q.create(0, 0, 3)
    def qput(q, obj):
        Q.put(q, obj, 0, 3)
    def qget(q):
        return Q.get(q)[0]
    QAPI = '3.13'


def report(name, value, unit):
    print(f'{name}\t{value:.6g}\t{unit}', flush=True)


def timeit(fn, n, reps=7):
    """Total time for n iterations, from the best of `reps` chunks (the machine may be busy)."""
    chunk = max(1, n // reps)
    best = None
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(chunk)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return best / chunk * n


def rss_kb():
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[1]) * 4
    except OSError:
        return -1


# --- 1. parallel speedup of N interpreters doing CPU-bound work ---------------------------------

WORK = """
n = 0
i = 0
while i < LOOPS:
    n += i * i
    i += 1
"""


def run_parallel(interps, loops):
    done = _thread.allocate_lock()
    left = [len(interps)]
    guard = _thread.allocate_lock()
    done.acquire()
    code = WORK.replace('LOOPS', str(loops))

    def worker(iid):
        I.exec(iid, code)
        with guard:
            left[0] -= 1
            if left[0] == 0:
                done.release()

    t0 = time.perf_counter()
    for iid in interps:
        _thread.start_new_thread(worker, (iid,))
    done.acquire()
    return time.perf_counter() - t0


def bench_parallel():
    loops = int(2_000_000 * SCALE)
    pool = [I.create() for _ in range(4)]
    run_parallel(pool[:1], loops // 10)  # warm up
    t1 = min(run_parallel(pool[:1], loops) for _ in range(3))
    report('cpu_1_interp', t1, 's')
    for n in (2, 4):
        tn = min(run_parallel(pool[:n], loops) for _ in range(3))
        report(f'cpu_{n}_interps', tn, 's')
        report(f'speedup_{n}_interps', n * t1 / tn, 'x')
    for iid in pool:
        I.destroy(iid)


# --- 2. create + destroy, memory per idle interpreter --------------------------------------------

def bench_lifecycle():
    n = max(5, int(40 * SCALE))
    I.destroy(I.create())
    def cd(n):
        for _ in range(n):
            I.destroy(I.create())
    report('create_destroy', timeit(cd, n, reps=5) / n * 1e3, 'ms')

    k = max(10, int(100 * SCALE))
    before = rss_kb()
    ids = [I.create() for _ in range(k)]
    after = rss_kb()
    report('idle_interp_memory', (after - before) / k, 'KB')
    for iid in ids:
        I.destroy(iid)


# --- 3. round trips: exec('pass'), call ---------------------------------------------------------

def nothing():
    return None


def bench_round_trips():
    iid = I.create()
    n = max(100, int(2000 * SCALE))
    I.exec(iid, 'pass')

    def ex(n):
        for _ in range(n):
            I.exec(iid, 'pass')
    report('exec_pass', timeit(ex, n) / n * 1e6, 'us')

    I.call(iid, nothing)

    def call(n):
        for _ in range(n):
            I.call(iid, nothing)
    report('call_noargs', timeit(call, n) / n * 1e6, 'us')
    I.destroy(iid)


# --- 4. queue put/get of small and 1 MB values ----------------------------------------------------

def bench_queues():
    q = qcreate()
    n = max(1000, int(20000 * SCALE))
    small = ('item', 42, 3.5)

    def small_loop(n):
        for _ in range(n):
            qput(q, small)
            qget(q)
    report('queue_small_put_get', timeit(small_loop, n) / n * 1e6, 'us')

    big = b'x' * (1 << 20)
    m = max(20, int(200 * SCALE))

    def big_loop(m):
        for _ in range(m):
            qput(q, big)
            qget(q)
    report('queue_1mb_put_get', timeit(big_loop, m) / m * 1e6, 'us')

    # 1 MB from another interpreter into this one.
    iid = I.create()
    I.exec(iid, f'import _interpqueues as Q\nbig = b"y" * (1 << 20)\n')
    put_code = (f'Q.put({q}, big)' if QAPI == '3.14' else f'Q.put({q}, big, 0, 3)')
    def cross(m):
        for _ in range(m):
            I.exec(iid, put_code)
            qget(q)
    report('queue_1mb_cross_interp', timeit(cross, m) / m * 1e6, 'us')
    I.destroy(iid)


# --- 5. ping-pong latency between two interpreters ------------------------------------------------

PONG = """
import _interpqueues as Q
n = 0
while n < ROUNDS:
    while True:
        try:
            v = Q.get(QIN)[0]
            break
        except Exception:
            pass
    PUT(QOUT, v)
    n += 1
"""


def bench_ping_pong():
    rounds = max(200, int(3000 * SCALE))
    qin, qout = qcreate(), qcreate()
    iid = I.create()
    put = 'Q.put' if QAPI == '3.14' else '(lambda q, o: Q.put(q, o, 0, 3))'
    code = (PONG.replace('ROUNDS', str(rounds)).replace('QIN', str(qin)).replace('QOUT', str(qout))
            .replace('PUT', put))
    done = _thread.allocate_lock()
    done.acquire()

    def serve():
        I.exec(iid, code)
        done.release()

    _thread.start_new_thread(serve, ())
    t0 = time.perf_counter()
    for k in range(rounds):
        qput(qin, k)
        while True:
            try:
                qget(qout)
                break
            except Exception:
                pass
    dt = time.perf_counter() - t0
    done.acquire()
    report('ping_pong_spin', dt / rounds * 1e6, 'us')

    if IS_KAA:
        # Kaa's blocking get: waits on the queue's wait handle with the GIL released.
        wait_code = f"""
import _interpqueues as Q
for n in range({rounds}):
    v = Q._get_wait({qin}, 10)[0]
    Q.put({qout}, v)
"""

        def serve_wait():
            I.exec(iid, wait_code)
            done.release()

        _thread.start_new_thread(serve_wait, ())
        t0 = time.perf_counter()
        for k in range(rounds):
            qput(qin, k)
            Q._get_wait(qout, 10)
        dt = time.perf_counter() - t0
        done.acquire()
        report('ping_pong_blocking', dt / rounds * 1e6, 'us')
    I.destroy(iid)


def main():
    print(f'# {sys.implementation.name} {sys.version.split()[0]} queue-api {QAPI}', flush=True)
    bench_lifecycle()
    bench_round_trips()
    bench_queues()
    bench_ping_pong()
    bench_parallel()


main()
