# reference: CPython 3.14
# unicodedata.ucd_3_2_0 (Unicode 3.2.0 for IDNA/stringprep): property digests, normalization, lookup
import unicodedata as ud, hashlib
o = ud.ucd_3_2_0
print(o.unidata_version, type(o).__name__, type(o).__module__)
for lo, hi in [(0, 0x800), (0x1B00, 0x1C00), (0x1E00, 0x2200), (0x3000, 0x3100), (0xFB00, 0xFF00), (0x1D400, 0x1D800), (0x1F300, 0x1F700), (0x2F800, 0x2FA20)]:
    parts = {k: [] for k in ['cat', 'bidi', 'comb', 'eaw', 'mir', 'dec', 'name', 'num']}
    for cp in range(lo, hi):
        c = chr(cp)
        parts['cat'].append(o.category(c)); parts['bidi'].append(o.bidirectional(c)); parts['comb'].append(str(o.combining(c)))
        parts['eaw'].append(o.east_asian_width(c)); parts['mir'].append(str(o.mirrored(c))); parts['dec'].append(o.decomposition(c))
        parts['name'].append(o.name(c, '')); parts['num'].append('%r,%r,%r' % (o.decimal(c, None), o.digit(c, None), o.numeric(c, None)))
    print(hex(lo), {k: hashlib.sha256('|'.join(v).encode()).hexdigest()[:12] for k, v in parts.items()})
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    acc = []
    for cp in list(range(0, 0x3400)) + list(range(0xA000, 0x10000)) + list(range(0x1B000, 0x1F000)) + list(range(0x2F800, 0x2FA20)):
        if 0xD800 <= cp < 0xE000: continue
        c = chr(cp)
        if ud.decomposition(c) or ud.combining(c):
            acc.append(o.normalize(form, c)); acc.append(o.normalize(form, 'a' + c + '\u0301\u0323'))
    print(form, len(acc), hashlib.sha256('|'.join(acc).encode('utf-8', 'surrogatepass')).hexdigest()[:16])
for s in ['\uf951', '\U0002f868', 'e\u0301', '\u1b05\u1b35', '\u0041\u030a', 'ﬁ']:
    print(ascii([o.normalize(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']]), o.is_normalized('NFC', s))
for n in ['SNOWMAN', 'BOM', 'BALINESE LETTER AKARA', 'HANGUL SYLLABLE GA']:
    try: print(ascii(o.lookup(n)))
    except KeyError as e: print('KeyError', e)
try: ud.UCD()
except TypeError as e: print('TypeError', e)
import stringprep; print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'))
