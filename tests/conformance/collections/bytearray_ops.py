# bytearray and memoryview basics
ba = bytearray(b'hello world')
ba[0] = ord('H')
ba[6:11] = b'WORLD'
print(ba, len(ba), ba.find(b'o'), ba.count(b'l'), ba.upper(), ba.title())
ba.extend(b'!!'); ba.insert(0, 62); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('!')); print(ba)
del ba[5:]; print(ba)
ba *= 2; print(ba)
ba.reverse(); print(ba, bytes(ba))
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:4]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.nbytes, mv.format, mv.itemsize)
buf = bytearray(b'xxxx')
m2 = memoryview(buf)
m2[1:3] = b'YZ'
print(buf, m2.readonly)
try:
    mv[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    ba.append(300)
except ValueError as e:
    print('ValueError', e)
print(bytearray.fromhex('41 42'), bytearray(b'a,b').split(b','), b'-'.join([b'a', bytearray(b'b')]))
