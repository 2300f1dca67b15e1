# reference: CPython 3.14
# bytes.fromhex / bytearray.fromhex: 3.14 also accepts the digits as a bytes-like object.
for arg in [b'6162', bytearray(b'61 62'), memoryview(b'6162'), b'6g', 'ab', b'\xff', b'abc', b' 1', '', b'']:
    for t in (bytes, bytearray):
        label = 'memoryview' if isinstance(arg, memoryview) else repr(arg)
        try: print(t.__name__, label, t.fromhex(arg))
        except Exception as e: print(t.__name__, label, type(e).__name__, e)
class B(bytes): pass
class BA(bytearray): pass
print(B.fromhex(b'41'), BA.fromhex(bytearray(b'4142')))
for bad in [None, 1.5, 5, ['6']]:
    try: bytes.fromhex(bad)
    except Exception as e: print(type(e).__name__, e)
