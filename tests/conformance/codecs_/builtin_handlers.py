# The built-in error handlers called directly, as codecs.lookup_error returns them.
import codecs

enc = UnicodeEncodeError('ascii', 'aé€\U0001f600\udc80z', 1, 5, 'ordinal not in range(128)')
dec = UnicodeDecodeError('utf-8', b'a\xff\xfe\x80z', 1, 4, 'invalid start byte')
tr = UnicodeTranslateError('aé€z', 1, 3, 'no mapping')
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    for exc in (enc, dec, tr):
        try:
            print(name, type(exc).__name__, repr(h(exc)))
        except Exception as e:
            print(name, type(exc).__name__, '->', type(e).__name__, e)
try:
    codecs.lookup_error('strict')('not an exception')
except TypeError as e:
    print('TypeError:', e)
try:
    codecs.lookup_error('replace')(ValueError('x'))
except TypeError as e:
    print('TypeError:', e)
esc = UnicodeEncodeError('ascii', '\udc80\udcff', 0, 2, 'x')
print(codecs.lookup_error('surrogateescape')(esc))
sp = UnicodeEncodeError('utf-16-be', '\ud800', 0, 1, 'x')
print(codecs.lookup_error('surrogatepass')(sp))
sp = UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 3, 'x')
print(codecs.lookup_error('surrogatepass')(sp))
print('\udcff\udc80'.encode('utf-8', 'surrogateescape'), ascii(b'\xff\x80'.decode('ascii', 'surrogateescape')))
print('x\ud800'.encode('utf-16-le', 'surrogatepass'), ascii(b'x\x00\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
