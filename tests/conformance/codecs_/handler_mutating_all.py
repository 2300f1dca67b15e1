# reference: CPython 3.14
# Decode error handlers that replace exc.object in every decoder kind (utf-7, escapes, utf-8/16/32, ascii).
import codecs
baddata = [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8", b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
           ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g")]
def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("test.replacing", replacing)
for encoding, data in baddata:
    try: data.decode(encoding, "test.replacing")
    except TypeError as e: print(encoding, 'TypeError', e)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("test.mutating", mutating)
for encoding, data in baddata:
    print(encoding, ascii(data.decode(encoding, "test.mutating")))
def longer(exc):
    exc.object = b"ab\\x41cd"
    return ("<>", 2)
codecs.register_error("test.longer", longer)
print(ascii(b"xy\\u12".decode('unicode_escape', 'test.longer')))
