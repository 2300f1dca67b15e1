# bytearray.extend is all or nothing: a bad item leaves the bytearray unchanged.
a = bytearray(b'xy')
for bad in ([0, 1, 2, 256], [0, 1, 2, -1], [0, 'a'], (i for i in [5, 6, 1000]), 5, 'def', None, [1.5]):
    try:
        a.extend(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, a)
a.extend(x for x in b'abc'); a.extend([100]); a.extend(memoryview(b'!')); print(a)
