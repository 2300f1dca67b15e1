# reference: CPython 3.14
# _csv.reader: parsing rules, dialect options, strict-mode errors and field size limit
import csv, io

def rows(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=''), **kw))
    except Exception as e:
        return f'{type(e).__name__}: {e}'

print(rows('a,b,c\r\n1,2,3\n'))
print(rows('"a,b","c""d",e\n'))
print(rows('"multi\nline",x\n'))
print(rows('a;b;c\n', delimiter=';'))
print(rows('a, b,  c\n', skipinitialspace=True))
print(rows("'a,b',c\n", quotechar="'"))
print(rows('a\\,b,c\n', escapechar='\\'))
print(rows('"a\\"b",c\n', escapechar='\\', doublequote=False))
print(rows('a,"b"c,d\n'))
print(rows('a,"b"c,d\n', strict=True))
print(rows('"unterminated\n', strict=True))
print(rows('"unterminated\n'))
print(rows('1,2.5,"x",\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('1,,"",x\n', quoting=csv.QUOTE_STRINGS))
print(rows(',"",x\n', quoting=csv.QUOTE_NOTNULL))
print(rows('"a",b\n', quoting=csv.QUOTE_NONE))
print(rows('\n\na,b\n\n'))
print(rows('a,b\rc,d\r'))
print(rows('a\tb\n', dialect='excel-tab'))
print(list(csv.reader(['a,b', 'c,"d', 'e"'])))
r = csv.reader(['x,y', '"p', 'q"', 'z'])
for row in r:
    print(r.line_num, row)
print(r.dialect.delimiter, r.dialect.quoting, r.dialect.strict)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['a\nb,c']))
except csv.Error as e:
    print('Error', e)
old = csv.field_size_limit(5)
print(old, rows('abcde,f\n'), rows('abcdef\n'))
print(csv.field_size_limit(old))
for bad in [lambda: csv.field_size_limit(1.5), lambda: csv.reader(), lambda: csv.reader([], 'excel', 3),
            lambda: csv.reader(5), lambda: csv.reader([], 'nosuch')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(rows('a,b\n', delimiter='\U0001F600'), rows('a\U0001F600b\n', delimiter='\U0001F600'))
