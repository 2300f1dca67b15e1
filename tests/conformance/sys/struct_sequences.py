# sys's struct sequences: named fields, tuple behaviour, no instantiation
import sys
vi = sys.version_info
print(type(vi).__name__, vi.major, vi[0] == vi.major, vi[:2] == (vi.major, vi.minor), len(vi), isinstance(vi, tuple))
print(vi >= (3, 0), vi.releaselevel in ('alpha', 'beta', 'candidate', 'final'), type(vi.serial).__name__)
f = sys.flags
print(type(f).__name__, f.optimize, f.verbose, f.dont_write_bytecode in (0, 1), isinstance(f, tuple), f[3] == f.optimize)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.dig, sys.float_info[1], type(sys.float_info).__name__)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(type(sys.thread_info).__name__, len(sys.thread_info), sys.thread_info.name)
for t in (type(sys.flags), type(sys.version_info), type(sys.float_info)):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
try:
    sys.flags.optimize = 2
except AttributeError as e:
    print('AttributeError', type(e).__name__)
a, b, *rest = sys.version_info
print(a == 3, len(rest))
