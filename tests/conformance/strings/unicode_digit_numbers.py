# int(), float() and complex() accept any Unicode decimal digits and whitespace in str
samples = ['١٢٣', '１２', '\u0663.\u0665', '\u2003 42 \u3000', '۱۲۳۴', '߁߂', '-٣', '१२३', '๑๐', '１_０００']
for s in samples:
    out = []
    for f in (int, float, complex):
        try:
            out.append(repr(f(s)))
        except ValueError as e:
            out.append('ValueError')
    print(ascii(s), out)
for bad in ['١x', '½', '²', '٣e٢', '\u00a0', '１.５e１']:
    for f in (int, float):
        try:
            print(ascii(bad), f.__name__, repr(f(bad)))
        except ValueError as e:
            print(ascii(bad), f.__name__, 'ValueError', e)
print(int('٣', 16), int('１０', 2), float('\u2009-١.٥\u2009'), complex('\u3000１+２j\u3000'))
try:
    int(b'\xd9\xa3')
except ValueError as e:
    print('ValueError', e)
