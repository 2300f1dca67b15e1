# reference: CPython 3.14
# csv dialect registry, Dialect validation, DictReader/DictWriter and Sniffer
import csv, io, _csv

print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('semi')
print(type(d).__name__, d.delimiter, d.quoting, d.quotechar, d.escapechar, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict)
print(list(csv.reader(['"a";"b"'], 'semi')), 'semi' in csv.list_dialects())
csv.unregister_dialect('semi')
for f in [lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('semi'),
          lambda: csv.register_dialect(1), lambda: csv.register_dialect('x', delimiter='')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class My(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('my', My)
print(csv.get_dialect('my').delimiter, list(csv.reader(['a|"b|c"'], 'my')))
class Broken(csv.Dialect):
    delimiter = 'ab'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
try:
    Broken()
except csv.Error as e:
    print('Error', e)
cases = [dict(delimiter=None), dict(delimiter=1), dict(quoting=9), dict(quoting='1'), dict(quotechar=None),
         dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(lineterminator=None), dict(lineterminator=3),
         dict(delimiter='\n'), dict(escapechar=','), dict(quotechar=','), dict(delimiter=' ', skipinitialspace=True, quotechar=' '),
         dict(escapechar='xy'), dict(escapechar=5), dict(delimiter='a', lineterminator='abc'), dict(nosuch=1), dict(quoting=2**40)]
for kw in cases:
    try:
        dd = _csv.Dialect(**kw)
        print(kw, 'ok', dd.quoting, dd.quotechar)
    except Exception as e:
        print(kw, type(e).__name__, e)
dd = _csv.Dialect(quotechar=None)
print(dd.quoting, dd.quotechar)
base = _csv.Dialect(delimiter=';')
print(_csv.Dialect(base) is base, _csv.Dialect(base, strict=True).delimiter)
for attr in ['delimiter', 'strict']:
    try:
        setattr(base, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
try:
    import pickle; pickle.dumps(base)
except TypeError as e:
    print('TypeError', e)
text = 'name,age\r\nann,30\r\nbob,\r\ncid,41,extra\r\n'
for row in csv.DictReader(io.StringIO(text)):
    print(row)
r = csv.DictReader(io.StringIO('a,b\n1\n'), restval='?')
print(r.fieldnames, list(r))
out = io.StringIO()
dw = csv.DictWriter(out, ['x', 'y'], lineterminator='\n')
dw.writeheader()
dw.writerows([{'x': 1, 'y': 'two, three'}, {'x': None}])
print(repr(out.getvalue()))
try:
    dw.writerow({'z': 1})
except ValueError as e:
    print('ValueError', e)
sample = 'id;name;score\n1;"Smith, J";3.5\n2;Doe;4\n'
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
print(csv.Sniffer().sniff("a,b,c\n1,2,3\n4,5,6\n").delimiter)
try:
    csv.Sniffer().sniff('')
except csv.Error as e:
    print('Error', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(csv.__version__, csv.Error.__module__, csv.Error.__mro__[1].__name__, _csv.Dialect.__module__, type(csv.reader([])).__name__)
try:
    _csv.Dialect(None, ',', delimiter=';')
except TypeError as e:
    print('TypeError', e)
