# Common str error cases and their messages
tests = [
    lambda: 'abc' + 5,
    lambda: 5 + 'abc',
    lambda: 'abc' * 'x',
    lambda: 'abc'[5],
    lambda: 'abc'.index('z'),
    lambda: 'abc'.nonexistent,
    lambda: 'a'.join([1]),
    lambda: int('abc'),
    lambda: 'abc'.encode('ascii').decode('nonexistent'),
    lambda: ord(''),
    lambda: ord('ab'),
    lambda: chr(0x110000),
    lambda: 'x'.center(),
    lambda: 'x'.split(1),
    lambda: 'x'.startswith(1),
    lambda: str.upper(1),
    lambda: '{0}'.format(),
    lambda: 'é'.encode('ascii'),
    lambda: 'a'.replace('a'),
    lambda: 'abc'.zfill('3'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, '|', e)
