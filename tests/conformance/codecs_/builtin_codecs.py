# reference: CPython 3.14
# The _codecs functions behind the encodings package: signatures, results and partial decoding.
import codecs, _codecs

s = 'a€\U0001f600é'
for name in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'utf_7', 'unicode_escape', 'raw_unicode_escape']:
    enc = getattr(codecs, name + '_encode')(s)
    dec = getattr(codecs, name + '_decode')(enc[0])
    print(name, enc, dec)
print(codecs.latin_1_encode('aé'), codecs.latin_1_decode(b'a\xe9'), codecs.ascii_encode('ab'), codecs.ascii_decode(b'ab'))
print(codecs.utf_16_encode('a', None, -1), codecs.utf_16_encode('a', None, 1), codecs.utf_32_encode('a', 'strict', 1))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, True), codecs.utf_16_ex_decode(b'a\x00', None, 0, True))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
# final=False leaves an incomplete character for later
print(codecs.utf_8_decode(b'a\xe2\x82', None, False), codecs.utf_8_decode(b'a\xe2\x82\xac', None, False))
print(codecs.utf_16_le_decode(b'a\x00b', None, False), codecs.utf_16_le_decode(b'a\x00=\xd8', None, False))
print(codecs.utf_32_be_decode(b'\x00\x00\x00a\x00', None, False))
print(codecs.utf_7_decode(b'a+AOk', None, False), codecs.utf_7_decode(b'a+AOk-', None, False))
print(codecs.unicode_escape_decode(b'a\\u20', None, False), codecs.unicode_escape_decode(b'a\\', None, False))
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in '€é'.encode('utf-8')], dec.decode(b'', True))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfea')), repr(dec.decode(b'\x00')))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
# errors
for call in [lambda: b'\xff'.decode('utf-8'), lambda: b'a\xe2\x82'.decode('utf-8'), lambda: b'\x80'.decode('ascii'),
             lambda: b'a'.decode('utf-16'), lambda: b'\x00\xdc'.decode('utf-16-le'), lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'),
             lambda: 'é'.encode('ascii'), lambda: '\ud800'.encode('utf-8'), lambda: 'Ā'.encode('latin-1'),
             lambda: b'a+\xff'.decode('utf-7'), lambda: b'+AOk'.decode('utf-7'), lambda: b'\\x4'.decode('unicode_escape'),
             lambda: b'\\N{NO SUCH NAME}'.decode('unicode_escape'), lambda: b'\\U00110000'.decode('unicode_escape'),
             lambda: b'\\'.decode('unicode_escape'), lambda: b'\\u12'.decode('raw_unicode_escape')]:
    try:
        print(repr(call()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', e.encoding, e.start, e.end, e.reason)
print(b'\\N{BULLET} \\101\\x42\\u0043 \\q'.decode('unicode_escape'))
print('\t\n\\\x7f\xff\u0100'.encode('unicode_escape'), '\t\xff\u0100\U00012345'.encode('raw_unicode_escape'))
print(codecs.escape_encode(b"a'\x00\xff\\\n"), codecs.escape_decode(b"\\x41\\n\\101\\q"), codecs.escape_decode('\\t'))
try:
    codecs.escape_decode(b'\\x4')
except ValueError as e:
    print('ValueError:', e)
print(codecs.escape_decode(b'\\x4', 'replace'), codecs.escape_decode(b'ab\\x', 'ignore'))
print(codecs.readbuffer_encode(b'abc'), codecs.readbuffer_encode('abc'), codecs.readbuffer_encode(bytearray(b'x')))
# argument checking
for call in [lambda: _codecs.utf_8_decode('x'), lambda: _codecs.utf_8_encode(b'x'), lambda: _codecs.utf_8_encode('x', 3),
             lambda: _codecs.utf_8_decode(), lambda: _codecs.utf_8_decode(b'', None, 1, 2), lambda: _codecs.lookup(3),
             lambda: _codecs.escape_encode('x'), lambda: _codecs.charmap_build(3), lambda: _codecs.utf_16_encode('a', None, 'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode(obj='x', encoding='latin-1', errors='strict'))
