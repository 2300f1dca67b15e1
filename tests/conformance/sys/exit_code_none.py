# sys.exit() / sys.exit(None) / SystemExit(0) all exit with code 0
import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit', repr(e.code), e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print('caught', repr(e.code))
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print('caught', e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    sys.exit(2)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def f():
    try:
        sys.exit(7)
    finally:
        print('finally runs during SystemExit')
try:
    f()
except SystemExit as e:
    print('exit code', e.code)
sys.exit(None)
