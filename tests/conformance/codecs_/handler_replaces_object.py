# reference: CPython 3.14
# Decode error handlers: resuming positions, and handlers that replace exc.object (decoding goes on in the new bytes).
import codecs
def fwd(exc):
    return ('\ufffd', exc.start+1)
codecs.register_error("test.fwd", fwd)
for data, enc in [(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00', 'utf-16-le'), (b'\xd8\xd8\xd8\xd8\x00\xd8\x00\x00', 'utf-16-be'),
                  (b'\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00', 'utf-32-le'), (b'\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00', 'utf-32-be')]:
    print(enc, flush=True)
    print(ascii(data.decode(enc, 'test.fwd')))
def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ('\ufffd', exc.start)
codecs.register_error("test.replace_with_long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 'test.replace_with_long')))
print(ascii(b'\x00'.decode('utf-32', 'test.replace_with_long')))
def shorter(exc):
    exc.object = b'ab\xffcd'
    return ('<%d>' % exc.start, 3)
codecs.register_error("test.shorter", shorter)
print(ascii(b'xyz\xff\xfe'.decode('utf-8', 'test.shorter')))
print(ascii(b'\x80abc'.decode('ascii', 'test.shorter')))
def badobj(exc):
    exc.object = 'text'
    return ('', 1)
codecs.register_error("test.badobj", badobj)
try: b'\xff'.decode('utf-8', 'test.badobj')
except TypeError as e: print('TypeError', e)
