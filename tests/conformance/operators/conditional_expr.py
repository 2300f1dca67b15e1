# Conditional expressions and truthiness of many values
for v in [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), (0,), {}, {0: 0}, set(), None, 0j, range(0), range(1), b'', bytearray()]:
    print(repr(v), 'T' if v else 'F', bool(v))
x = 5
print('big' if x > 3 else 'small', 'even' if x % 2 == 0 else 'odd')
print((lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos')(-3))
print([('fizz' if i % 3 == 0 else '') + ('buzz' if i % 5 == 0 else '') or i for i in range(1, 16)])
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L()), bool(B()), 'yes' if L() else 'no')
