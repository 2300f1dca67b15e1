# chr and ord
print([chr(i) for i in range(65, 75)], chr(0), repr(chr(0)), chr(127) == '\x7f', chr(955), chr(0x1F600) == '😀')
print([ord(c) for c in 'Az09 ~'], ord('é'), ord('€'), ord('😀'), ord(b'a'), ord(bytearray(b'z')))
for bad in [-1, 0x110000, 2**100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ['', 'ab', b'ab']:
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError', e)
try:
    ord(65)
except TypeError as e:
    print('TypeError', e)
print(''.join(chr(ord(c) ^ 32) for c in 'Hello World'))
print(all(chr(ord(chr(i))) == chr(i) for i in range(0, 0x3000, 7)))
