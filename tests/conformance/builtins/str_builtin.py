# str() builtin with encodings and objects
print(str(), str(0), str(-1.5), str([]), str(()), str(True), str(None), str(str), str(b'\x00abc'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'\xff', 'ascii', 'ignore'), str(b'\xff', errors='replace'))
print(str(object='kw'), str(bytearray(b'xy'), 'ascii'), str(memoryview(b'mv'), 'ascii'))
try:
    str('x', 'utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    str(b'\xff', 'ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
class S:
    def __str__(self): return 'S.__str__'
class R:
    def __repr__(self): return 'R.__repr__'
print(str(S()), str(R()), str([S()]) if False else '', str((R(),)))
print(type(str(5)).__name__, str('already') is not None)
