# %-formatting limits: '*' precision is a C int, '*' width a Py_ssize_t, literal widths/precisions
# that overflow, and widths too large to allocate (str and bytes).
import sys
cases = [('%.*d', (sys.maxsize, 1)), ('%*d', (sys.maxsize, 1)), ('%.*f', (sys.maxsize, 1.0)),
         ('%*d', (sys.maxsize + 1, 1)), ('%.2147483648d', (1,)), ('%.*d', (2**31, 1)), ('%.*d', (-2**31 - 1, 1)),
         ('%.*d', (2**31 - 1, 1)), ('%*d', (2.0, 1)), ('%.*d', (2.0, 1)), ('%99999999999999999999d', (1,)),
         ('%*s', (-5, 'ab')), ('%.*s', (-5, 'ab')), ('%*.*d', (6, 3, 7))]
for f, a in cases:
    for fmt in (f, f.encode()):
        args = tuple(x.encode() if isinstance(x, str) else x for x in a) if isinstance(fmt, bytes) else a
        try:
            r = fmt % args
            print(repr(r))
        except Exception as e:
            print(type(e).__name__, e)
