# ascii, repr, str
for v in ['plain', 'café', '日本', '\n\t', '\x00', '😀', b'bytes', ['é', 1], {'ü': 'ß'}, 1.5, None, ('x',)]:
    print(ascii(v), repr(v), str(v))
class R:
    def __repr__(self): return 'Répr'
print(ascii(R()), repr(R()), str(R()))
print(repr(repr('q')), ascii(ascii('é')), str(str), repr(int))
print(repr(1e300 * 10), repr(-0.0), repr(2**70), str(10**20 * 1.0))
print(repr([1, [2, [3]]]), repr((1,)), repr(()), repr(set()), repr(frozenset()), repr({}), repr(range(2)))
print(repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented), repr(type(None)))
