# reference: CPython 3.14
# io.TextIOWrapper and open() with registry encodings and registered error handlers.
import codecs, io, os

b = io.BytesIO('héllo €\nline two\n'.encode('cp1252'))
t = io.TextIOWrapper(b, encoding='cp1252')
print(t.encoding, repr(t.readline()), t.tell(), repr(t.read()))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='koi8_r', newline='')
t.write('привет\r\n')
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO('a+b€ ok\n'.encode('utf-7')), encoding='utf-7')
print(repr(t.read()))
for enc in ['rot13', 'no-such-encoding']:
    try:
        io.TextIOWrapper(io.BytesIO(), encoding=enc)
    except LookupError as e:
        print('LookupError:', e)
codecs.register_error('qmark', lambda e: ('?' * (e.end - e.start), e.end))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', errors='qmark')
t.write('aéb€')
t.flush()
print(b.getvalue())
print(io.TextIOWrapper(io.BytesIO(b'a\xffb\xfe'), encoding='utf-8', errors='qmark').read())
path = 'textio_%d.tmp' % os.getpid()
with open(path, 'w', encoding='mac_roman') as f:
    f.write('café ∑\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='mac_roman') as f:
    print(repr(f.read()))
try:
    open(path, 'w', encoding='nope')
except LookupError as e:
    print('LookupError:', e)
os.remove(path)
