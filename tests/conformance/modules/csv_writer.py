# _csv.writer: quoting modes, escaping, line terminators and writer errors
import csv, io

def w(rows, **kw):
    out = io.StringIO()
    try:
        wr = csv.writer(out, **kw)
        for r in rows:
            wr.writerow(r)
    except Exception as e:
        return f'{out.getvalue()!r} {type(e).__name__}: {e}'
    return repr(out.getvalue())

data = [['a', 'b,c', 'd"e', 1, 2.5, None, ''], ['line\nbreak', ' sp', 'x\ry']]
print(w(data))
print(w(data, lineterminator='\n'))
for q in ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_STRINGS', 'QUOTE_NOTNULL']:
    print(q, w([['a', 1, 2.5, None, '', True]], quoting=getattr(csv, q), lineterminator='\n'))
print(w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(w([['a,b']], quoting=csv.QUOTE_NONE))
print(w([['c"d']], doublequote=False, escapechar='\\'))
print(w([['c"d']], doublequote=False))
print(w([['a\\b']], escapechar='\\'))
print(w([[''], [None], []]))
print(w([['']], quoting=csv.QUOTE_NONE))
print(w([[None]], quoting=csv.QUOTE_NOTNULL))
print(w([['', 'a']], delimiter=' ', skipinitialspace=True))
print(w([['', 'a']], delimiter=' ', skipinitialspace=True, quoting=csv.QUOTE_NONE, escapechar='\\'))
print(w([['a!b', 'c']], lineterminator='!'))
print(w([5]))
print(w([[1, 2]], delimiter='\t', quotechar="'"))
out = io.StringIO()
wr = csv.writer(out)
print(wr.writerow(['x', 'y']), wr.writerows([[1], [2, 3]]), repr(out.getvalue()))
print(wr.dialect.lineterminator == '\r\n', wr.dialect.doublequote)
try:
    csv.writer(42)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __str__(self): raise ValueError('no str')
print(w([[Bad()]]))
def gen():
    yield 'a'
    raise KeyError('boom')
print(w([gen()]))
