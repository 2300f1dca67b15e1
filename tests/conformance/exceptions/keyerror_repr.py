# KeyError str uses repr of the key; other errors use str
for key in ['str', 1, (1, 2), None, '', 'quote\'s', 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
print(str(KeyError('a', 'b')), str(KeyError()), str(IndexError('x')), str(LookupError('y')))
class MyKeyError(KeyError): pass
print(str(MyKeyError('sub')), repr(MyKeyError('sub')))
