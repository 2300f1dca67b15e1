# str.format with positional, keyword, attribute, index, conversion, nested specs
print('{} {} {}'.format(1, 'a', [2]), '{0} {1} {0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0[0]} {0[1]} {1[k]}'.format([10, 20], {'k': 'v'}), '{.real} {.imag}'.format(3 + 4j, 3 + 4j))
class P:
    x = 5
    def __format__(self, spec): return f'P<{spec}>'
print('{0.x} {0:abc} {0!s:>3}'.format(P()) if False else '{0.x} {0:abc}'.format(P()))
print('{:>10}|{:<10}|{:^10}|{:*^10}|{:=+8}'.format('r', 'l', 'c', 'star', -5))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'), '{0!r:>6}'.format('z'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}{}}'.format('x', '>', 5))
print('{{}} {{{}}}'.format('in'), '{:,} {:_} {:.2%}'.format(1234567, 7654321, 0.125))
print('{:d} {:b} {:o} {:x} {:#x} {:c}'.format(97, 5, 8, 255, 255, 97))
for fmt, args, kw in [('{0} {2}', (1, 2), {}), ('{a}', (), {}), ('{', (), {}), ('}', (), {}), ('{0:d}', ('s',), {}),
                      ('{} {0}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0.nope}', (1,), {}), ('{!x}', (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{0:{1}}'.format(3.5, '08.3f'), format('abc', '^7'), format(12, ''), str.format('{}', None))
print('{x}{y}'.format_map({'x': 1, 'y': 2}))
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {b}'.format_map(Missing(a=1)))
