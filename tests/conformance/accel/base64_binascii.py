# binascii and base64: every encoding, strict mode, checksums and errors
import base64, binascii

raw = bytes(range(0, 256, 7))
print(binascii.hexlify(raw[:6]), binascii.hexlify(raw[:6], ':', 2), binascii.unhexlify('0aFF'))
print(binascii.b2a_base64(raw[:10]), binascii.b2a_base64(b'', newline=False), binascii.a2b_base64(b'aGk=\n'))
print(binascii.a2b_base64(b'a!G k=trailing'), binascii.crc32(raw), binascii.crc32(raw, 1), binascii.crc_hqx(raw, 0))
print(binascii.b2a_uu(b'Cat'), binascii.a2b_uu(b'#0V%T\n'), binascii.b2a_uu(b'', backtick=True))
print(binascii.b2a_qp(b'caf\xe9 = ok \nline'), binascii.a2b_qp(b'caf=E9=\n more'), binascii.b2a_qp(b'a b', header=True))
for call in [lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'a'),
             lambda: binascii.a2b_base64(b'=abc', strict_mode=True), lambda: binascii.a2b_base64(b'ab==cd', strict_mode=True),
             lambda: binascii.a2b_base64(b'ab!c', strict_mode=True), lambda: binascii.unhexlify(b'abc'),
             lambda: binascii.unhexlify(b'gg'), lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.a2b_base64('é')]:
    try:
        print(call())
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(base64.b64encode(raw[:20]), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.b64decode('+/+/'), base64.urlsafe_b64decode('-_-_'))
print(base64.b32encode(b'kaa!'), base64.b32decode('NNQWCII='), base64.b32hexencode(b'kaa!'), base64.b16encode(b'\x00\xfe'))
print(base64.b85encode(b'kaa runtime'), base64.a85encode(b'kaa runtime'), base64.b85decode(base64.b85encode(raw)) == raw)
print(base64.encodebytes(raw), base64.decodebytes(b'AAcO\n') == raw[:3])
try:
    base64.b64decode(b'AAcO$', validate=True)
except binascii.Error as e:
    print('Error', e)
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__name__)
