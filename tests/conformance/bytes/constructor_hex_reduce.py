# bytes()/bytearray() argument errors, __bytes__ results, lists mutated by __index__, hex() separators,
# copy of subclasses (bytearray __reduce_ex__), extend with itself and with iterators.
import copy
def t(f):
    try: r = f(); print(type(r).__name__, repr(r))
    except Exception as e: print(type(e).__name__, e)
for T in (bytes, bytearray):
    t(lambda: T(errors='ignore'))
    t(lambda: T(encoding='ascii'))
    t(lambda: T('', errors='ignore'))
    t(lambda: T(0, errors='ignore'))
    t(lambda: T(b'', 'ascii'))
    t(lambda: T('', b'ascii'))
    t(lambda: T('', 'ascii', b'ignore'))
    t(lambda: T(0.0))
    t(lambda: T(["0"]))
    t(lambda: T(b'\xb9\x01\xef').hex(None, 0))
    t(lambda: T(b'\xb9\x01\xef').hex(':', None))
    t(lambda: T(b'\xb9\x01\xef').hex(b'\xff'))
    t(lambda: T(b'\xb9\x01\xef').hex('\xff'))
    t(lambda: T(b'\xb9\x01\xef').hex(''))
    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    t(lambda: T(a))
    class Y:
        def __index__(self):
            if len(a) < 10: a.append(self)
            return 42
    a = [Y()]
    t(lambda: T(a))
    class Sub(T): pass
    s = Sub(b'abcd'); s.x = 1
    for cm in (copy.copy, copy.deepcopy):
        c = cm(s); print(type(c).__name__, c, getattr(c, 'x', None))
class BS(bytes): pass
class WB:
    def __init__(self, v): self.v = v
    def __bytes__(self): return self.v
t(lambda: bytes(WB(BS(b'abc'))))
t(lambda: BS(WB(b'abc')))
t(lambda: bytes(WB('abc')))
a = bytearray(b'hello'); a.extend(a); print(a)
a = bytearray(); a.extend(map(int, b'hello' * 3)); print(a)
