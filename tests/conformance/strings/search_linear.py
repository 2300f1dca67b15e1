# Substring search stays linear on periodic inputs (CPython's two-way search); results match.
for n in (1000, 100_000, 1_000_000):
    a, b = 'a' * n, 'b' * n
    hay = a + a + b + a + a
    needle = a + b + b + a
    print(n, hay.find(needle), hay.count(needle), (hay + needle).find(needle), (hay + needle).count(needle))
    print(needle in hay, (hay + needle).index(needle))
    bh, bn = hay.encode(), needle.encode()
    print(bh.find(bn), (bh + bn).find(bn), bytearray(bh + bn).count(bn), bn in bh)
    print(len((hay + needle).split(needle)), (hay + needle).partition(needle)[2] == '')
    if n <= 1000:  # CPython's reverse search is not linear
        print(hay.rfind(needle), (needle + hay).rfind(needle), (bn + bh).rfind(bn), len((needle + hay).rsplit(needle)))
# Needles near the short/long boundary and overlapping candidates.
s = ('ab' * 40 + 'c') * 50
for k in (31, 32, 33, 64, 80, 81):
    sub = s[:k]
    print(k, s.find(sub, 1), s.rfind(sub), s.count(sub), s.rfind(sub, 0, len(s) - 1))
# A lone surrogate never matches half of a pair.
print('\udc00' in '\U00010000', '\ud800' in '\U00010000', '\U00010000' in 'a\U00010000b', '' in '')
print('a\U00010000b'.find('\udc00'), 'x\U00010000'.count('\ud800'))
