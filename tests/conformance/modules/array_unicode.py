# reference: CPython 3.14
# array 'u' (deprecated, warns) and 'w' typecodes: text round trips, non-BMP characters, errors
from array import array
u = array('u', 'hello \u20ac')
print(u, u.itemsize, u.tounicode(), len(u), u[-1])
w = array('w', 'a\U0001F600b')
print(w, len(w), w[1], w.tounicode(), w.tobytes()[:8])
w.fromunicode('\u00e9')
w.append('z')
w[0] = 'Q'
print(w, w.index('z'), w.count('b'), 'b' in w)
for bad in [lambda: w.append('ab'), lambda: w.append(65), lambda: array('w', [1]), lambda: w.fromunicode(b'x'),
            lambda: array('w', b'\xff\xff\xff\xff').tounicode()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(array('w', ['x', 'y']), array('w', iter('pq')), array('w', array('w', 'k')))
for bad in [lambda: array('u', b'\xff\xff\xff\xff').tounicode(), lambda: array('w', b'\xff\xff\xff\xff')[0],
            lambda: array('w', b'\x00\xd8\x00\x00').tounicode(), lambda: array('u', b'\x00\x00\x11\x00')[0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(len(array('w', b'\x00\xd8\x00\x00')[0]))
