# print with sep, end, file, flush
import sys, io
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' <- continued', end='!\n')
print()
print(1, 2.5, None, True, [1], {'k': 'v'}, (1,), sep=' | ')
print('to stdout', file=sys.stdout, flush=True)
buf = io.StringIO()
print('into', 'buffer', sep=',', end=';', file=buf)
print('second', file=buf)
print(repr(buf.getvalue()))
print(*range(5))
print(*[], sep='x')
print('multi\nline')
print('x', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError', e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('custom', 'writer', file=w)
print(w.parts)
print('done', file=None)
sys.stdout.write('direct write\n')
sys.stdout.flush()
