# reference: CPython 3.14
# unicodedata: property digests over several blocks, normalization forms, lookup and errors
import unicodedata as ud, hashlib
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
print(ud.unidata_version)
for lo, hi in [(0, 0x800), (0x1E00, 0x2200), (0x3000, 0x3100), (0xAC00, 0xAD00), (0xFB00, 0xFF00), (0x1D400, 0x1D800), (0x1F300, 0x1F700), (0x20000, 0x20100), (0xE0000, 0xE0200)]:
    parts = {k: [] for k in ['cat', 'bidi', 'comb', 'eaw', 'mir', 'dec', 'name', 'num']}
    for cp in range(lo, hi):
        if 0xD800 <= cp < 0xE000: continue
        c = chr(cp)
        parts['cat'].append(ud.category(c)); parts['bidi'].append(ud.bidirectional(c)); parts['comb'].append(str(ud.combining(c)))
        parts['eaw'].append(ud.east_asian_width(c)); parts['mir'].append(str(ud.mirrored(c))); parts['dec'].append(ud.decomposition(c))
        parts['name'].append(ud.name(c, '')); parts['num'].append('%r,%r,%r' % (ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None)))
    print(hex(lo), {k: hashlib.sha256('|'.join(v).encode()).hexdigest()[:12] for k, v in parts.items()})
samples = ['e\u0301', 'a\u0323\u0302', '\u1e0b\u0323', 'q\u0307\u0323', '\u0044\u0307\u0323', '\u1100\u1161\u11a8', '\u1100\u1161', '\uac00\u11a8',
           'ﬁ①²', 'Å', '\u212b', '\u0041\u030a', '\u00c5\u0301', '\u0301a', 'a\u0301\u0301', '\u0f73\u0f75', '\U0001d15e\U0001d165', '\u0915\u093c', 'x\ud800y', '',
           '\u05d0\u05b7\u05bc', 'ẛ̣', '\u1fb3\u0301', '\u0069\u0307\u0301', 'ᄀ각', '\u3131\u314f']
for s in samples:
    print([ud.normalize(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']], [ud.is_normalized(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']])
t(ud.normalize, 'XX', 'a'); t(ud.normalize, 'NFC', 1); t(ud.name, 'ab'); t(ud.category, ''); t(ud.name, '\x00'); t(ud.name, '\x00', 'dflt'); t(ud.numeric, 'a')
t(ud.decimal, 'a'); t(ud.digit, 'a'); t(ud.lookup, 'x' * 300); t(ud.lookup, 'NO SUCH'); t(ud.lookup, 'latin small letter a'); t(ud.lookup, 'BYTE ORDER MARK')
t(ud.lookup, 'HANGUL SYLLABLE GAG'); t(ud.lookup, 'hangul syllable gag'); t(ud.lookup, 'CJK UNIFIED IDEOGRAPH-4E00'); t(ud.lookup, 'CJK UNIFIED IDEOGRAPH-4e00'); t(ud.lookup, b'SNOWMAN')
t(ud.name, '\U0001F600'); t(ud.numeric, '\u2155'); t(ud.numeric, '\u4e07'); t(ud.decimal, '\u0663'); t(ud.digit, '\u00b2'); t(ud.east_asian_width, '\u4e00'); t(ud.mirrored, '('); t(ud.bidirectional, '\u05d0')
