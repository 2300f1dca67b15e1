# reference: CPython 3.14
# printf-style % formatting
print('%s %r %a' % ('str', 'repr', 'é'), '%d %i %u' % (1, 2, 3), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8), '%e %E %f %F %g %G' % ((1234.5,) * 6))
print('%.2f %10.3f %-10.1f| %.0f %.3e %.3g %g %g' % (3.14159, 2.71828, 1.5, 2.5, 12345.678, 0.0001234, 1e-5, 1e16))
print('%c%c' % ('A', 66), '%%', '100%%' % (), '%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', ('b',)))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%(x)r %(x)s' % {'x': 'v'})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % None, '%d' % True, '%d' % 3.99, '%x' % -255, '%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz'))
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', {}), ('%c', 'ab'), ('%d', None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b'%s %d %x' % (b'bytes', 5, 255), b'%c' % 65, b'%5.1f' % 2.25)
print('%s' % {'a': 1}, '%r' % 'q', '%-6.2f|' % -1.0, '%+.1e' % 0.0)
