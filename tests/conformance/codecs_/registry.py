# The codec registry: lookup, search functions, the cache, error handlers, codecs.encode/decode.
import codecs

print(codecs.lookup('UTF-8').name, codecs.lookup('latin-1').name, codecs.lookup('Cp1252').name)
info = codecs.lookup('utf_8')
print(type(info).__name__, info.name, info is codecs.lookup('utf-8'))

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, e='strict': (bytes(b).decode('ascii').lower(), len(b)), name='my-codec')
    return None

codecs.register(search)
for n in ['My Codec', 'my-codec', '  my--codec ', 'unknown-thing']:
    try:
        print(n, '->', codecs.lookup(n).name)
    except LookupError as e:
        print(n, '-> LookupError:', e)
print(seen)
print('abc'.encode('my-codec'), b'XYZ'.decode('my_codec'))
print(codecs.encode('hi', 'my codec'), codecs.decode(b'HI', 'my codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('after unregister:', e)

def bad_search(name):
    return (1, 2, 3) if name == 'bad_one' else None
codecs.register(bad_search)
try:
    codecs.lookup('bad_one')
except TypeError as e:
    print('TypeError:', e)
try:
    codecs.register(42)
except TypeError as e:
    print('TypeError:', e)

for call in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'), lambda: 'x'.encode('no-such-codec'),
             lambda: b'x'.decode('no-such-codec'), lambda: codecs.lookup('')]:
    try:
        call()
    except LookupError as e:
        print('LookupError:', e)
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))

def handler(exc):
    print('  handler got', type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%d bytes]' % (exc.end - exc.start), exc.end)
codecs.register_error('show', handler)
print(codecs.lookup_error('show') is handler)
print('aé€\U0001f600b'.encode('ascii', 'show'))
print('aé€b'.encode('latin-1', 'show'))
print('x\ud800y'.encode('utf-8', 'show'))
print('ab€'.encode('cp1252', 'show'), 'ab\u0100'.encode('cp1252', 'show'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'show'))
print(b'a\x80b'.decode('ascii', 'show'))
print(b'a\x81b'.decode('cp1252', 'show'))
print(b'\x00\xd8a\x00'.decode('utf-16-le', 'show'))

def skip_back(exc):
    return ('?', exc.start + 1) if isinstance(exc, UnicodeEncodeError) else ('?', exc.end)
codecs.register_error('one', skip_back)
print('aééb'.encode('ascii', 'one'))
codecs.register_error('badret', lambda exc: 42)
for call in [lambda: 'é'.encode('ascii', 'badret'), lambda: b'\xff'.decode('utf-8', 'badret')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
codecs.register_error('far', lambda exc: ('', 100))
try:
    'é'.encode('ascii', 'far')
except IndexError as e:
    print('IndexError:', e)
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, codecs.lookup_error(name).__name__)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError:', e)
try:
    'é'.encode('ascii', 'nope')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.register_error('x', 'not callable')
except TypeError as e:
    print('TypeError:', e)
