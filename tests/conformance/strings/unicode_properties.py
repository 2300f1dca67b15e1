# unicodedata and unicode-aware str methods
import unicodedata as ud
for ch in ['A', 'é', 'ß', '½', '٣', '\u00a0', '☃', 'Ω', '\u0301', '中']:
    print(repr(ch), ud.name(ch, '?'), ud.category(ch), ud.numeric(ch, None), ch.isalpha(), ch.isnumeric(), ch.isdecimal(), ch.upper(), ch.lower())
s = 'e\u0301'
print(len(s), len(ud.normalize('NFC', s)), ud.normalize('NFC', s) == 'é', ud.normalize('NFD', 'é') == s)
print(ud.normalize('NFKC', 'ﬁ①²'), ud.lookup('SNOWMAN'), ud.decimal('٣'), ud.digit('²'))
print(sorted(['b', 'a', 'B', 'é', 'e', 'Z'], key=lambda c: ud.normalize('NFD', c).casefold()))
print('straße'.upper(), 'STRASSE'.lower(), 'straße'.casefold() == 'STRASSE'.casefold(), 'ΣΑΣ'.lower())
