# sys.intern, switch interval, flags
import sys
a = sys.intern('hello world ' + str(42))
b = sys.intern('hello world 42')
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print('ValueError', e)
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site, f.no_site, f.ignore_environment,
      f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode, f.utf8_mode)
print(f.hash_randomization, type(f).__name__)
