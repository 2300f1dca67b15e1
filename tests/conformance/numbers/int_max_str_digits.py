# reference: CPython 3.14
# sys.set_int_max_str_digits: the int <-> decimal str conversion limit
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for n in [5, 639, -1]:
    try:
        sys.set_int_max_str_digits(n)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.set_int_max_str_digits('5')
except TypeError as e:
    print('TypeError', e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), len(str(10 ** 699)), len(hex(10 ** 5000)), len(format(10 ** 699, ',')))
for f in (lambda: int('1' * 701), lambda: str(10 ** 700), lambda: repr(-10 ** 700), lambda: '%d' % 10 ** 700, lambda: f'{10 ** 700}', lambda: int(b'9' * 701)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(int('0x' + 'f' * 800, 16) > 0, int('1' * 700) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
