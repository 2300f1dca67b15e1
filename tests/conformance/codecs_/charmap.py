# Table-driven codecs from the encodings package (charmap_encode/decode, EncodingMap).
import codecs

text = 'Grüße, 10€ — naïve café'
for enc in ['cp1252', 'cp437', 'cp850', 'iso8859_15', 'iso8859_2', 'mac_roman', 'koi8_r', 'cp1251', 'latin_1', 'windows-1250']:
    b = text.encode(enc, 'replace')
    print(enc, codecs.lookup(enc).name, b, b.decode(enc))
print('привет мир'.encode('koi8_r'), 'привет мир'.encode('cp1251').decode('cp1251'))
try:
    '€'.encode('iso8859_1')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
print(b'\x81\x8d'.decode('cp1252', 'replace'), b'\x81'.decode('cp1252', 'backslashreplace'), '\u0100€'.encode('cp1252', 'xmlcharrefreplace'))
import encodings.cp1252 as m
print(type(m.encoding_table).__name__, m.encoding_table.size(), len(m.decoding_table))
print(codecs.charmap_build('abc'), type(codecs.charmap_build('\x00' + 'x' * 255)).__name__)
print(codecs.charmap_decode(b'\x00\x01\x02', 'replace', 'ab'))
print(codecs.charmap_decode(b'\x00\x01\x02', 'backslashreplace', {0: 'xy', 1: None}))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 0x263a, 1: 'Z'}))
print(codecs.charmap_decode(b'ab'), codecs.charmap_encode('ab'))
print(codecs.charmap_encode('abc', 'strict', {ord('a'): 1, ord('b'): b'BB', ord('c'): None} if False else {97: 1, 98: b'BB', 99: 3}))
for call in [lambda: codecs.charmap_encode('x', 'strict', {}), lambda: codecs.charmap_encode('x', 'replace', {}),
             lambda: codecs.charmap_decode(b'\x05', 'strict', 'abc'), lambda: codecs.charmap_encode('a', 'strict', {97: 300}),
             lambda: codecs.charmap_encode('a', 'strict', {97: 'x'}), lambda: codecs.charmap_decode(b'\x00', 'strict', {0: 1.5}),
             lambda: codecs.charmap_decode(b'\x00', 'strict', {0: 0x110000})]:
    try:
        print(call())
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
print(codecs.charmap_encode('x', 'replace', {ord('?'): 63}), codecs.charmap_encode('xé', 'xmlcharrefreplace', {ord(c): ord(c) for c in '&#0123456789;'}))
