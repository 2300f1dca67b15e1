# str.encode / bytes.decode with codecs and error handlers
s = 'naïve café – 日本 😀'
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'latin-1', 'ascii', 'cp1252']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:24])
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e.start, e.end, e.reason)
data = 'héllo'.encode('utf-8') + b'\xff\xfe' + 'wörld'.encode('utf-8')
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    d = data.decode('utf-8', errors)
    print(errors, ascii(d), len(d))
try:
    data.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end, e.reason)
print('\udcff'.encode('utf-8', 'surrogateescape'), b'caf\xc3\xa9'.decode(), 'abc'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
import codecs
print(codecs.encode('hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
