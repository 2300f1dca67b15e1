# time: monotonic clocks never go backwards; sleep waits; types only
import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__)
c = time.perf_counter()
time.sleep(0.01)
d = time.perf_counter()
print(d - c >= 0.009, d > c)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(n2 >= n1, type(n1).__name__)
t = time.time()
print(type(t).__name__, t > 1_600_000_000, type(time.time_ns()).__name__)
print(time.process_time() >= 0, type(time.perf_counter_ns()).__name__)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, tuple(st)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.strftime('%a %b %d', time.gmtime(0)))
print(time.gmtime(1700000000)[:6], time.asctime(time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
prev = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= prev
    prev = now
print('monotonic over 1000 samples:', ok)
