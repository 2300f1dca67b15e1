# int -> float and int / int are correctly rounded (half to even), including huge and tiny results
vals = [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 10**22, 10**23,
        3**100, -(7**90), (2**53 + 1) * 2**900, 2**1023 * (2**53 - 1) // 2**52]
for v in vals:
    print(float(v), float(v) == v, int(float(v)) - v)
for v in [2**1024, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, -(2**1024 - 2**970)]:
    try:
        print(float(v))
    except OverflowError as e:
        print('OverflowError', e)
pairs = [(10**30, 7), (2**80 + 1, 2**27), (1, 3), (10**400, 10**399), (1, 10**320), (3, 10**323), (2**60 + 1, 2**60),
         (-(10**25), 3), (7**200, 7**198), (1, 2**1074), (1, 2**1075), (3, 2**1076), (123456789 * 10**300, 10**300)]
for a, b in pairs:
    print(a / b, (-a) / b)
try:
    10**400 / 3
except OverflowError as e:
    print('OverflowError', e)
print(2**63 / 3, 10**20 / 10**5, (10**16 + 1) / 10, sum(1 / k for k in range(1, 50)))
print(1e16 + 1 == 10**16 + 1, 2**53 + 1 > float(2**53), 10**23 == 1e23, 10**22 == 1e22)
