# Unicode characters, escapes and encodings
s = "Grüße, 世界! \U0001F40D"
print(s, len(s))
print([hex(ord(c)) for c in s[-3:]])
print(s.encode('utf-8'))
print(s.encode('utf-8').decode('utf-8') == s)
print(s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'))
print('é'.encode('latin-1'), 'é'.encode('utf-16-le'), 'ab'.encode('utf-32-be'))
print(s.upper(), s.lower(), 'ß'.upper(), 'ǅ'.lower(), 'ǆ'.title())
print('\N{SNOWMAN}', '\N{LATIN SMALL LETTER E WITH ACUTE}' == 'é')
print(chr(955), ord('λ'), chr(0x10FFFF) == '\U0010FFFF')
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print('\ud800'.encode('utf-8', 'surrogatepass'), len('\ud800'))
print(sorted('bäaB'), 'a' < 'ä', max('xyzé'))
