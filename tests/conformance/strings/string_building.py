# Building strings efficiently and checking results
parts = []
for i in range(20):
    parts.append(f'{i:02d}')
s = ','.join(parts)
print(s, len(s))
acc = ''
for ch in 'abcdefghij':
    acc += ch.upper() + ch
print(acc)
rows = [' | '.join(f'{r * c:3d}' for c in range(1, 6)) for r in range(1, 6)]
print('\n'.join(rows))
import io
buf = io.StringIO()
for w in ['alpha', 'beta', 'gamma']:
    buf.write(w)
    buf.write(';')
print(buf.getvalue(), buf.tell())
buf.seek(0)
print(buf.read(5), buf.read())
print('-' * 20, '=' * 0 + '>', ('ab' * 3)[1:-1])
s2 = 'x'
for _ in range(5):
    s2 = s2 + s2
print(len(s2), s2.count('x'))
