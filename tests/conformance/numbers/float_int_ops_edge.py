# Edge cases in true division and large ints with floats
print(10**30 / 10**10, 2**1000 / 2**999, (10**400) / (10**399))
try:
    10**400 / 1.0
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
print(1 / 3 * 3, 2 / 3 + 1 / 3, (1 << 60) / 3, 7 / -2, -7 / 2)
print(2**53 / 1, (2**53 + 1) / 1, 10**17 / 10)
print(1e308 + 1e308, -1e308 - 1e308, 1e-323 / 10)
print(0.1 * 10, 0.1 * 3, 1.0 - 0.9, 0.7 + 0.1, 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(int(1e20), int(1.5e20), int(-1e-5), int(123456789.9))
