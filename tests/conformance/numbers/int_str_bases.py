# int <-> string in all bases 2..36
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0: return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return '-' + s if neg else s
for base in [2, 3, 7, 8, 10, 16, 20, 36]:
    for n in [0, 1, 35, 36, 255, -1000, 123456789]:
        s = to_base(n, base)
        assert int(s, base) == n
        print(base, n, s)
print(int('Zz', 36), int('zZ', 36), int('-ff', 16), int(' 0XFF ', 16), int('0_1', 0) if False else 'skip')
for s, b in [('2', 2), ('g', 16), ('1.0', 10), ('0x1', 10), ('', 16), ('0b', 0), ('0o8', 0)]:
    try:
        int(s, b)
    except ValueError as e:
        print('ValueError', e)
try:
    int('1', 37)
except ValueError as e:
    print('ValueError', e)
