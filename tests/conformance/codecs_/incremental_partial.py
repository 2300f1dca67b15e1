# Incremental decoders: a truncated surrogate in UTF-8 (surrogatepass) and a trailing backslash in
# raw_unicode_escape wait for the next chunk.
import codecs
data = '\uD901'.encode('utf-8', 'surrogatepass')
print(data)
for i in range(1, len(data)):
    dec = codecs.getincrementaldecoder('utf-8')('surrogatepass')
    try:
        print(i, ascii(dec.decode(data[:i])), ascii(dec.decode(data[i:], True)))
    except Exception as e: print(i, type(e).__name__, e)
for d in (b'\xed', b'\xed\xa4', b'\xed\xa4\x81', b'\xed\xa4\x81x', b'a\xed\xa4'):
    for final in (False, True):
        try: print(ascii(codecs.utf_8_decode(d, 'surrogatepass', final)))
        except Exception as e: print(type(e).__name__, e)
        try: print(ascii(codecs.utf_8_decode(d, 'strict', final)))
        except Exception as e: print(type(e).__name__, e)
dec = codecs.getincrementaldecoder('raw_unicode_escape')()
print(ascii(dec.decode(b'a\\')), ascii(dec.decode(b'u20')), ascii(dec.decode(b'28x', True)))
print(ascii(codecs.raw_unicode_escape_decode(b'\\\\u20ac\\', 'strict', False)))
print(ascii(codecs.raw_unicode_escape_decode(b'\\\\u20ac\\', 'strict', True)))
