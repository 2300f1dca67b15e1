"""Generates src/Kaa.Compiler/Unicode/UnicodeData.bin, the database behind Kaa's unicodedata module (and NFKC
identifiers), from the running CPython's unicodedata. Run it with CPython 3.14 (Unicode 16.0.0), which
scripts/cpython314.sh provides on any machine with node and npm:  scripts/cpython314.sh tests/Kaa.Tests/Modules/UnicodeDataGen.py
Every property is read through CPython's own API for every code point, so Kaa answers exactly as that CPython
does. Name aliases and named sequences have no code point of their own, so the API does not list them, but
CPython keeps them at private-use code points (aliases from U+F0000, named sequences from U+F0200, in the
order of NameAliases.txt and NamedSequences.txt) and its namereplace error handler names those code points
(Python/codecs.c asks for names "with aliases and sequences"): '\U000F0200'.encode('ascii', 'namereplace')
is b'\\N{KEYCAP NUMBER SIGN}'. That lists exactly the names CPython's lookup knows, in its order, which
Kaa keeps so that its namereplace answers the same. The aliases are checked against NameAliasCandidates.txt
(Unicode 16.0's NameAliases.txt) and every name is checked with unicodedata.lookup.

The file is Deflate-compressed; see UnicodeDatabase.cs for the layout."""
import os, re, struct, sys, unicodedata as u, zlib

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', '..'))
out = bytearray()

def w_u8(v): out.extend(struct.pack('<B', v))
def w_u16(v): out.extend(struct.pack('<H', v))
def w_u32(v): out.extend(struct.pack('<I', v))
def w_str(s):
    b = s.encode('utf-8')
    w_u16(len(b)); out.extend(b)

w_str(u.unidata_version)
cats, bidis, eaws = {}, {}, {}
def idx(table, v):
    if v not in table: table[v] = len(table)
    return table[v]
records, rec_index = [], {}
runs = []  # (start, record)
prev = None
names, decomps, numerics, cjk = [], [], [], []
for cp in range(0x110000):
    c = chr(cp)
    rec = (idx(cats, u.category(c)), idx(bidis, u.bidirectional(c)), u.combining(c), idx(eaws, u.east_asian_width(c)), u.mirrored(c))
    if rec not in rec_index:
        rec_index[rec] = len(records); records.append(rec)
    r = rec_index[rec]
    if r != prev:
        runs.append((cp, r)); prev = r
    n = u.name(c, None)
    if n is not None:
        if n.startswith('CJK UNIFIED IDEOGRAPH-'):
            if cjk and cjk[-1][1] == cp - 1: cjk[-1][1] = cp
            else: cjk.append([cp, cp])
        elif not (0xAC00 <= cp <= 0xD7A3):
            names.append((cp, n))
    d = u.decomposition(c)
    if d: decomps.append((cp, d))
    num = u.numeric(c, None)
    if num is not None:
        dec = u.decimal(c, -1); dig = u.digit(c, -1)
        numerics.append((cp, dec, dig, repr(num)))

# Unicode 3.2.0 (unicodedata.ucd_3_2_0, which IDNA and stringprep use): its own property runs, the numeric
# values that differ, and the normalization corrections (a character whose 3.2.0 NFD is another single
# character). Names and decompositions follow a rule checked here: none for a character unassigned in 3.2.0.
o = u.ucd_3_2_0
old_runs, prev, old_nums, corrections = [], None, [], []
for cp in range(0x110000):
    c = chr(cp)
    oc = o.category(c)
    rec = (idx(cats, oc), idx(bidis, o.bidirectional(c)), o.combining(c), idx(eaws, o.east_asian_width(c)), o.mirrored(c))
    if rec not in rec_index:
        rec_index[rec] = len(records); records.append(rec)
    r = rec_index[rec]
    if r != prev:
        old_runs.append((cp, r)); prev = r
    assert o.name(c, None) == (u.name(c, None) if oc != 'Cn' else None)
    assert o.decomposition(c) == (u.decomposition(c) if oc != 'Cn' else '')
    old = (o.decimal(c, -1), o.digit(c, -1), o.numeric(c, None))
    if old != (u.decimal(c, -1), u.digit(c, -1), u.numeric(c, None)):
        old_nums.append((cp,) + old)
    if oc != 'Cn' and u.decomposition(c) and not u.decomposition(c).startswith('<'):
        nfd = o.normalize('NFD', c)
        if nfd != u.normalize('NFD', c):
            assert len(nfd) == 1
            corrections.append((cp, ord(nfd)))
for table in (cats, bidis, eaws):
    w_u16(len(table))
    for k in table: w_str(k)
w_u16(len(records))
for rec in records:
    for v in rec: w_u8(v)
w_u32(len(runs))
for s, r in runs: w_u32(s); w_u16(r)
w_u32(len(names))
for cp, n in names: w_u32(cp); w_str(n)
w_u32(len(cjk))
for a, b in cjk: w_u32(a); w_u32(b)
w_u32(len(decomps))
for cp, d in decomps: w_u32(cp); w_str(d)
w_u32(len(numerics))
for cp, dec, dig, num in numerics: w_u32(cp); out.extend(struct.pack('<bb', dec, dig)); w_str(num)

# Primary composites: a canonical two-character decomposition that NFC recomposes.
comps = []
for cp, d in decomps:
    if d.startswith('<'): continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and u.normalize('NFC', chr(parts[0]) + chr(parts[1])) == chr(cp):
        comps.append((parts[0], parts[1], cp))
w_u32(len(comps))
for a, b, c in comps: w_u32(a); w_u32(b); w_u32(c)

ALIASES_START, SEQUENCES_START = 0xF0000, 0xF0200  # makeunicodedata.py's private-use starts

def private_name(cp):
    """The name namereplace gives a private-use code point: an alias or named sequence, or None."""
    b = chr(cp).encode('ascii', 'namereplace')
    return b[3:-1].decode('ascii') if b.startswith(b'\\N{') else None

aliases = []
while (n := private_name(ALIASES_START + len(aliases))) is not None:
    c = u.lookup(n)
    assert len(c) == 1 and u.lookup(n.lower()) == c and u.name(c, None) != n
    aliases.append((n, ord(c)))
assert ALIASES_START + len(aliases) < SEQUENCES_START
assert all(private_name(cp) is None for cp in range(ALIASES_START + len(aliases), SEQUENCES_START))
# The npm data (NameAliases.txt) and CPython agree on the set of aliases.
candidates = [l.strip() for l in open(os.path.join(here, 'NameAliasCandidates.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')]
assert sorted(set(candidates)) == sorted(n for n, _ in aliases), set(candidates) ^ {n for n, _ in aliases}
w_u32(len(aliases))
for n, cp in aliases: w_str(n); w_u32(cp)

w_u32(len(old_runs))
for s_, r in old_runs: w_u32(s_); w_u16(r)
w_u32(len(old_nums))
for cp, dec, dig, num in old_nums:
    w_u32(cp); out.extend(struct.pack('<bb', dec, dig)); w_str('' if num is None else repr(num))
w_u32(len(corrections))
for a, b in corrections: w_u32(a); w_u32(b)

# Named sequences (NamedSequences.txt), in CPython's order: lookup() returns them (any case), but \N{...}
# escapes, ucd_3_2_0.lookup and name() do not know them. All are 2 to 4 BMP characters.
sequences = []
while (n := private_name(SEQUENCES_START + len(sequences))) is not None:
    seq = u.lookup(n)
    assert 2 <= len(seq) <= 4 and all(ord(c) < 0x10000 for c in seq)
    assert u.lookup(n.lower()) == seq and u.lookup(n.encode()) == seq
    try:
        u.ucd_3_2_0.lookup(n); raise AssertionError(n)
    except KeyError: pass
    try:
        ('\\N{%s}' % n).encode().decode('unicode_escape'); raise AssertionError(n)
    except UnicodeDecodeError: pass
    sequences.append((n, seq))
assert all(private_name(cp) is None for cp in range(SEQUENCES_START + len(sequences), SEQUENCES_START + 0x1000))
w_u32(len(sequences))
for n, seq in sequences:
    w_str(n); w_u8(len(seq))
    for c in seq: w_u16(ord(c))

data = zlib.compress(bytes(out), 9)[2:-4]  # raw Deflate (no zlib header/trailer) for DeflateStream
with open(os.path.join(root, 'src', 'Kaa.Compiler', 'Unicode', 'UnicodeData.bin'), 'wb') as f:
    f.write(data)
print('records', len(records), 'runs', len(runs), 'names', len(names), 'decomps', len(decomps), 'numerics', len(numerics),
      'comps', len(comps), 'aliases', len(aliases), 'sequences', len(sequences), 'raw', len(out), 'compressed', len(data))
