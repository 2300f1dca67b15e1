# reference: CPython 3.14
# Named sequences (NamedSequences.txt, Unicode 16.0): unicodedata.lookup returns their characters, in any
# case, while \N{...} escapes, ucd_3_2_0.lookup and name() do not know them. CPython keeps aliases and named
# sequences at private-use code points (U+F0000, U+F0200) that its namereplace handler names; that lists them.
import codecs
import re
import unicodedata as ud


def private_name(cp):
    b = chr(cp).encode("ascii", "namereplace")
    return b[3:-1].decode() if b.startswith(b"\\N{") else None


aliases = []
while (n := private_name(0xF0000 + len(aliases))) is not None:
    aliases.append(n)
print("aliases", len(aliases), aliases[:3], aliases[-2:])
print(sum(len(ud.lookup(a)) == 1 and ud.lookup(a.lower()) == ud.lookup(a) for a in aliases))
sequences = []
while (n := private_name(0xF0200 + len(sequences))) is not None:
    sequences.append(n)
print("sequences", len(sequences), private_name(0xF0200 + len(sequences)), private_name(0xF01FF))
for n in sequences:
    s = ud.lookup(n)
    same = ud.lookup(n.lower()) == s == ud.lookup(n.title()) == ud.lookup(n.encode())
    print(n, " ".join(f"{ord(c):04X}" for c in s), same)

for n in ["LATIN SMALL LETTER R WITH TILDE", "keycap number sign", "NUL", "ZWJ", "SPACE"]:
    print(n, ascii(ud.lookup(n)))
    for f in (ud.ucd_3_2_0.lookup, lambda n: codecs.decode(("\\N{%s}" % n).encode(), "unicode_escape"),
              lambda n: codecs.decode(("\\N{%s}" % n).encode(), "raw_unicode_escape"),
              lambda n: eval('"\\N{%s}"' % n)):
        try:
            print("   ", ascii(f(n)))
        except Exception as e:
            print("   ", type(e).__name__, e)
print(ud.name(chr(0xF0200), None), ud.ucd_3_2_0.name(chr(0xF0200), None), ud.category(chr(0xF0200)))
print((chr(0xF0000) + "x" + chr(0xF0200) + chr(0xF03CC) + chr(0xF03CD)).encode("latin-1", "namereplace"))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "a\U000f0201\U000f0010", 1, 3, "x")))
print(("\U000f0200" + "\u00e9").encode("cp1252", "namereplace"), "\U000f0005".encode("utf-8", "namereplace"))

for n in ["latın small letter a", "ſpace", "é" * 128, "é" * 129, "x" * 256, "x" * 257, b"\xff",
          b"latin small letter r with tilde", bytearray(b"SPACE"), memoryview(b"SPACE"), 7,
          "hangul syllable ga", "cjk unified ideograph-4e00", "KEYCAP\xa0NUMBER SIGN", "ＳＰＡＣＥ",
          "LATIN SMALL LETTER R WITH TILDE ", ""]:
    try:
        print(ascii(ud.lookup(n)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e))[:90])

# re's \N{...} goes through lookup() and refuses a sequence (its ord() fails).
for p in [r"\N{LATIN SMALL LETTER R WITH TILDE}", r"[\N{KEYCAP NUMBER SIGN}]", r"\N{zwj}"]:
    try:
        print(ascii(re.compile(p).pattern))
    except re.error as e:
        print(type(e).__name__, e)
