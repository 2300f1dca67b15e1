# reference: CPython 3.14
# str/bytes/bytearray iterators: type names, __length_hint__, __reduce__/__setstate__, not instantiable.
for s in ['abc', '\U0001F680\U0001F680x', b'abc', bytearray(b'xy')]:
    it = iter(s)
    next(it)
    print(type(it).__name__, it.__reduce__()[1:], it.__length_hint__())
    fn, args, state = it.__reduce__()
    copy = fn(*args)
    copy.__setstate__(state)
    print(list(copy))
    list(it)
    print(it.__reduce__()[1:], it.__length_hint__())
    it = iter(s)
    it.__setstate__(-3)
    print(next(it, 'exhausted'))
    it.__setstate__(100)
    print(list(it))
    try:
        type(it)()
    except TypeError as e:
        print('TypeError:', e)
