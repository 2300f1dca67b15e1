"""Writes StrUnicode.expected: for every code point assigned in this Python's Unicode version, CPython's
str predicates (as ranges) and case mappings (where not the identity), for StrUnicodeTests. Run from this folder
with CPython 3.14 (Unicode 16.0.0):  ../../../scripts/cpython314.sh StrUnicodeExpectedGen.py"""
import unicodedata
preds = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'islower', 'isupper', 'istitle', 'isspace', 'isprintable', 'isidentifier', 'isalnum']
ranges = {p: [] for p in preds}
maps = {m: [] for m in ['upper', 'lower', 'title', 'casefold', 'capitalize', 'swapcase']}
unassigned = []
for cp in range(0x110000):
    ch = chr(cp)
    if unicodedata.category(ch) == 'Cn' and not (0xD800 <= cp <= 0xDFFF):
        if unassigned and unassigned[-1][1] == cp - 1: unassigned[-1][1] = cp
        else: unassigned.append([cp, cp])
        continue
    for p in preds:
        if getattr(ch, p)():
            r = ranges[p]
            if r and r[-1][1] == cp - 1: r[-1][1] = cp
            else: r.append([cp, cp])
    for m in maps:
        v = getattr(ch, m)()
        if v != ch:
            maps[m].append((cp, v))
with open('StrUnicode.expected', 'w') as f:
    f.write('unassigned ' + ' '.join('%x-%x' % tuple(r) for r in unassigned) + '\n')
    for p in preds:
        f.write(p + ' ' + ' '.join('%x-%x' % tuple(r) for r in ranges[p]) + '\n')
    for m, items in maps.items():
        f.write(m + ' ' + ' '.join('%x:%s' % (cp, '.'.join('%x' % ord(c) for c in v)) for cp, v in items) + '\n')
