# sys.argv, sys.maxsize, sys.byteorder and other constants
import sys
print(sys.argv, len(sys.argv), sys.argv[0])
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.version_info[0], sys.version_info.major >= 3, type(sys.version_info).__name__, sys.hexversion > 0x3000000)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode, sys.hash_info.width, sys.hash_info.modulus)
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace('-', ''), sys.platform in ('linux', 'darwin', 'win32'))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules, 'builtins' in sys.builtin_module_names)
print(sys.get_int_max_str_digits(), sys.getrecursionlimit())
