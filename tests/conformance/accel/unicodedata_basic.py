# reference: CPython 3.14
# unicodedata: properties, names, numeric values and normalization (Unicode 16.0, as CPython 3.14)
import unicodedata as ud

print(ud.unidata_version)
for ch in ['A', 'é', '\u0301', '٣', '½', '\u2460', '中', '가', '\u200f', '(', '\U0001F600', '\uffff']:
    print(ascii(ch), ud.name(ch, None), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decomposition(ch), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
print(ascii(ud.lookup('GREEK SMALL LETTER ALPHA')), ascii(ud.lookup('hangul syllable gag'.upper())), ascii(ud.lookup('CJK UNIFIED IDEOGRAPH-4E2D')))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    out = [ud.normalize(form, s) for s in ['e\u0301', '\u00c5', '\u212b', 'ﬁ', '\u1e9b\u0323', '\uac01', '\u1100\u1161\u11a8', '①x²']]
    print(form, ascii(out), [ud.is_normalized(form, s) for s in out])
for bad in [lambda: ud.name('\x00'), lambda: ud.lookup('NOT A CHARACTER NAME'), lambda: ud.numeric('x'),
            lambda: ud.normalize('NFX', 'a'), lambda: ud.category('ab'), lambda: ud.decimal('½')]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
