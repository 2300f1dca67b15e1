# reference: CPython 3.14
# hashlib with the built-in hash modules, hmac and secrets
import hashlib, hmac, secrets

data = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
for chunk in [b'a' * 100, b'b' * 1000, b'']:
    h.update(chunk)
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest() != h.hexdigest(), h.name)
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b'').hexdigest(8))
print(hashlib.blake2b(data, digest_size=16, key=b'key', salt=b'salt', person=b'kaa').hexdigest())
print(hashlib.blake2s(b'', digest_size=8).hexdigest(), hashlib.md5(bytearray(b'x'), usedforsecurity=False).hexdigest())
print(hashlib.sha1(memoryview(b'abc')).hexdigest())
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.md5().update(5), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.new('nope')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
mac = hmac.new(b'secret', b'message', 'sha256')
print(mac.hexdigest(), mac.name, mac.digest_size)
print(hmac.digest(b'k', b'msg', 'md5').hex(), hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
print(len(secrets.token_bytes(16)), len(secrets.token_hex(4)), secrets.randbelow(1) == 0)
