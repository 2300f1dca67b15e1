# namereplace and \N{...} use the whole Unicode name database (any block, aliases, case-insensitive names).
import codecs
for s in ["\u3042", "\ufbf9", "\U000e007f", "a\ufbf9b", "\U0010ffff", "\x00", "\U0001F600", "\uac01", "\u4e00", "\U00013000"]:
    e = UnicodeEncodeError("ascii", "a" + s + "b", 1, 1 + len(s), "ouch")
    print(ascii(codecs.namereplace_errors(e)))
print(ascii(b'\\N{cancel tag}\\N{LATIN SMALL LETTER A}\\N{HANGUL SYLLABLE GAG}\\N{LINE FEED}\\N{BOM}'.decode('unicode_escape')))
print('\u00e9\U0001F600\uac01\u0915\u10a0'.encode('ascii', 'namereplace'))
print('x\u2603y'.encode('latin-1', 'namereplace'))
try:
    b'\\N{NO SUCH NAME HERE}'.decode('unicode_escape')
except UnicodeDecodeError as e:
    print(e)
