# reference: CPython 3.14
# Unicode 16.0 (CPython 3.14's database): characters, aliases and case mappings new since 15.1, through
# unicodedata, the str predicates and case mappings, identifiers and \N{...} escapes.
import unicodedata as ud

print(ud.unidata_version)
new_chars = [0x019B, 0x0264, 0x0897, 0x1C89, 0x1C8A, 0x2427, 0x31E4, 0xA7CB, 0xA7CC, 0xA7DC, 0x105C0,
             0x10D40, 0x10D4A, 0x10D50, 0x10D6E, 0x10D70, 0x10EC2, 0x113A0, 0x116D0, 0x11F5A, 0x13460,
             0x14000, 0x16100, 0x16D40, 0x16D70, 0x1CC00, 0x1CCF0, 0x1E5D0, 0x1E5F1, 0x1FBCB]
for cp in new_chars:
    c = chr(cp)
    print(f"{cp:05X}", ud.name(c, None), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)), ud.numeric(c, None),
          ud.decimal(c, None), ud.digit(c, None))
    print("   ", c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.islower(), c.isupper(),
          c.istitle(), c.isprintable(), c.isidentifier(), ascii(c.upper()), ascii(c.lower()),
          ascii(c.title()), ascii(c.casefold()))

# Whole blocks: counts of assigned characters and of each predicate over the new scripts.
for name, lo, hi in [("Garay", 0x10D40, 0x10D8F), ("Tulu-Tigalari", 0x11380, 0x113FF),
                     ("Egyptian Hieroglyphs Ext-A", 0x13460, 0x143FF), ("Kirat Rai", 0x16D40, 0x16D7F),
                     ("Symbols for Legacy Computing Supplement", 0x1CC00, 0x1CEBF), ("Ol Onal", 0x1E5D0, 0x1E5FF)]:
    chars = [chr(c) for c in range(lo, hi + 1)]
    assigned = [c for c in chars if ud.category(c) != "Cn"]
    print(name, len(assigned), sum(c.isalpha() for c in chars), sum(c.isdecimal() for c in chars),
          sum(c.isprintable() for c in chars), sum(c.isidentifier() for c in chars),
          sum(ud.numeric(c, -1) != -1 for c in chars), sorted({ud.category(c) for c in assigned}))

# Case pairs added in 16.0.
for s in ["\u019b\u0264", "\ua7dc\ua7cb", "\u1c89\u1c8a", "\U00010d50\U00010d70", "\U00016e40"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.swapcase()), ascii(s.casefold()),
          s.isupper(), s.islower())

# Name aliases from NameAliases.txt, including ones added after Unicode 8.0.
for alias in ["BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "ZWJ", "VS17", "PADDING CHARACTER",
              "TAMIL SIGN SHRI", "SYRIAC SUBLINEAR COLON SKEWED LEFT", "KANNADA LETTER LLLA",
              "LAO LETTER FO FON", "MICR ON US SYMBOL", "HANGUL JONGSEONG YESIEUNG-KIYEOK",
              "PARENTHESIZED KOREAN CHARACTER O HU", "CUNEIFORM SIGN NU11 TENU",
              "NO SUCH ALIAS"]:
    try:
        print(alias, f"{ord(ud.lookup(alias)):04X}")
    except KeyError as e:
        print(alias, "KeyError", e)
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{BYTE ORDER MARK}\N{GARAY CAPITAL LETTER A}"))

# Identifiers in new scripts, and normalization of new decompositions.
ns = {}
exec("\U00010d50\U00010d51 = 1\n\U00016d43 = 2", ns)
print(sorted(k for k in ns if k != "__builtins__"))
for s in ["\U000105C9", "\U000113C5", "\U0001611E", "\U00016D68", "\u0b57\U000113b8"]:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          ud.is_normalized("NFC", s), ud.is_normalized("NFD", s))
