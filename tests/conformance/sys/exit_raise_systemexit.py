# raise SystemExit with a large code and finally/atexit ordering
import atexit
atexit.register(lambda: print('atexit handler runs'))
try:
    print('raising SystemExit(42)')
    raise SystemExit(42)
finally:
    print('finally block')
