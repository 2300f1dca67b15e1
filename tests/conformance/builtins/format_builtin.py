# format() builtin with various types and specs
print(format(42), format(42, 'd'), format(42, '>6'), format(42, '<6') + '|', format(42, '^6') + '|', format(42, '+'), format(-42, '='))
print(format(3.14159, '.2f'), format(3.14159, '8.3f'), format(1e6, ','), format(0.5, '%'), format(1234.5, 'e'), format(0.000012, 'g'))
print(format('text', '>10'), format('text', '*^10'), format('text', '.2'), format('text', ''))
print(format(True, ''), format(True, 'd'), format(None, ''), format([1, 2], ''), format((1,), ''))
print(format(255, 'x'), format(255, 'X'), format(255, 'o'), format(255, 'b'), format(255, '#x'), format(65, 'c'))
print(format(1 + 2j, ''), format(1.5 + 2j, '.1f'), format(10**20, ','), format(-1234567, '_'))
for v, spec in [('s', 'd'), (1.5, 'x'), ([1], 'x'), (1, 'z'), ('x', '=5')]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
class F:
    def __format__(self, spec): return 'F:' + spec
print(format(F(), 'anything'), format(F()))
class BadF:
    def __format__(self, spec): return 5
try:
    format(BadF())
except TypeError as e:
    print('TypeError', e)
