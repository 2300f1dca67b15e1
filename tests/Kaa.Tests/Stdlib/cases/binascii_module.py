# binascii and the modules built on it (base64, quopri, secrets)
import binascii, base64
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
samples = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'hello world\n', b'x' * 45, b'\x00\xff' * 10]
for s in samples:
    e = binascii.b2a_base64(s); print(e, binascii.b2a_base64(s, newline=False) + b'|', binascii.a2b_base64(e) == s)
    h = binascii.hexlify(s); print(h[:40], binascii.unhexlify(h) == s, binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xffff))
    if len(s) <= 45:
        u = binascii.b2a_uu(s); print(u, binascii.b2a_uu(s, backtick=True), binascii.a2b_uu(u) == s)
print(binascii.hexlify(b'\xb9\x01\xef', '-'), binascii.hexlify(b'\xb9\x01\xef\x02', b'_', 2), binascii.b2a_hex(b'\xb9\x01\xef\x02', ':', -3), binascii.hexlify(data=b'ab'))
for s in [b'YWJj', b'YWJ', b'YW', b'Y', b'YQ==', b'YQ=', b'YQ', b'YQ===', b'=YQ==', b'Y Q = =', b'YQ==YQ==', b'YW=Jj', b'!!YWJj!!', 'YWJj', b'YWJjZA==\n', b'YWJjZA=', b'abcde', b'ab=c', b'a=b=c=d']:
    t(binascii.a2b_base64, s); t(binascii.a2b_base64, s, strict_mode=True)
for s in ['é', 1, None]:
    t(binascii.a2b_base64, s); t(binascii.b2a_base64, s)
t(binascii.unhexlify, b'abc'); t(binascii.unhexlify, b'zz'); t(binascii.unhexlify, 'ABcd'); t(binascii.b2a_uu, b'x' * 46)
t(binascii.a2b_uu, b''); t(binascii.a2b_uu, b'!'); t(binascii.a2b_uu, b'#86)C\n'); t(binascii.a2b_uu, b'#86)C  x'); t(binascii.a2b_uu, b'\x7f'); t(binascii.a2b_uu, b'$86)C'); t(binascii.a2b_uu, b'#86)C``\n')
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 5), binascii.crc_hqx(b'abc', -1), binascii.crc_hqx(b'abc', 2**20))
t(binascii.crc32, 'abc'); t(binascii.crc32, b'a', 1.5); t(binascii.crc32)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1])
qp = [b'', b'hello', b'a=b', b'tab\tend\t', b'space end ', b'line1\nline2 \nline3\t\n', b'crlf\r\nline \r\nx', b'.\n.', b'.', b'a.\n', b'_under_ score', b'\x00\x01\x7f\x80\xff',
      b'x' * 80, b'y' * 75 + b'=' + b'z' * 10, b'w ' * 50, b'a\rb\nc', b'\r', b' ', b'=\n', b'=\r\nx', b'k' * 73 + b'\n' + b'm' * 76, b'a' * 74 + b'\t\t\t\n']
for s in qp:
    for kw in [{}, dict(quotetabs=True), dict(istext=False), dict(header=True)]:
        e = binascii.b2a_qp(s, **kw); print(kw, e, binascii.a2b_qp(e, header=kw.get('header', False)) == s)
for s in [b'=41=42', b'=4', b'=', b'=\nx', b'=\r\nx', b'=\rx\ny', b'==41', b'=zz', b'a_b', b'=4g', b'=a1=B2=c3']:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True), binascii.a2b_qp(s.decode()))
print(base64.b64encode(b'hello?>>'), base64.urlsafe_b64encode(b'hello?>>'), base64.b64decode(b'aGVsbG8/Pj4='), base64.urlsafe_b64decode('aGVsbG8_Pj4='))
t(base64.b64decode, b'aGVsbG8/Pj4', validate=True); t(base64.b64decode, b'aGV$sbG8=', validate=True); print(base64.b64decode(b'aGV$sbG8='))
print(base64.b32encode(b'hello world'), base64.b32decode(b'NBSWY3DPEB3W64TMMQ======'), base64.b32hexencode(b'abc'), base64.b32decode(b'nbswy3dp', casefold=True))
print(base64.b16encode(b'\x01\xab'), base64.b16decode(b'01AB'), base64.b16decode(b'01ab', casefold=True))
print(base64.b85encode(b'hello world'), base64.b85decode(base64.b85encode(b'hello world')), base64.a85encode(b'hello world', adobe=True), base64.a85decode(base64.a85encode(b'\x00' * 8 + b'xyz')))
print(base64.z85encode(b'12345678') if hasattr(base64, 'z85encode') else '', base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'), base64.standard_b64encode(b'ab'))
import quopri; print(quopri.encodestring(b'caf\xe9 = ok \n'), quopri.decodestring(b'caf=E9 =3D ok'))
import secrets; print(len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)))
