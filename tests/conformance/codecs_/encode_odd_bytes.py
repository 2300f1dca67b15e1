# An encode error handler's bytes replacement must hold whole UTF-16/32 code units.
import codecs, itertools
repl = b''
def handle(exc):
    return (repl, exc.end)
codecs.register_error("test.replacing", handle)
for enc, repl in (*itertools.product(("utf-16le", "utf-16be", "utf-16"), [b"a", b"ab", b"abc"]),
                  *itertools.product(("utf-32le", "utf-32be"), [b"a", b"ab", b"abc", b"abcd", b"abcde"]),
                  ("utf-8", b"a"), ("ascii", b"xyz")):
    try:
        print(enc, repl, "[\udc80]".encode(enc, "test.replacing"))
    except UnicodeEncodeError as e:
        print(enc, repl, e.start, e.end, e.reason, ascii(e.object))
