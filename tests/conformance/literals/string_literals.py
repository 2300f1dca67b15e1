# String literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\tend', 'back\\slash')
print(len('\n'), len(r'\n'), r'\n', r"raw\t\x00")
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == chr(0x1F600), '\N{GREEK SMALL LETTER ALPHA}')
print(repr('\a\b\f\v\r\0'), repr('\x7f'), repr('\xa0'), repr('\u2028'))
print('concat' 'enated' "strings")
s = ('multi'
     'line'
     'implicit')
print(s)
print("""line1
line2
  line3""")
print('''a\
b''')
print(repr("'"), repr('"'), repr('\'"'), repr(""))
print(ascii('héllo wörld ☃'), ascii('\U0001F600'))
print(len('héllo'), len('☃'), len('\U0001F600'))
print('\u0041' == 'A', '\x00' < '\x01')
print(str(b'abc', 'ascii'), 'A' * 3, 'ab' + 'cd')
print(repr(r'\\'), repr(r'a\\b'))
