# reference: CPython 3.14
# _md5/_sha1/_sha2/_sha3/_blake2 through hashlib, hmac and secrets
import hashlib, _md5, _sha1, _sha2, _sha3
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
datas = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 135, b'a' * 136, b'a' * 167, b'a' * 168, b'a'*1000, bytes(range(256)) * 5]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    for d in datas:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = hashlib.new(name)
    for d in datas: h.update(d)
    c = h.copy(); c.update(b'x')
    print(name, h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
for name in ['shake_128', 'shake_256']:
    for d in datas:
        h = getattr(_sha3, name)(d)
        print(name, len(d), h.hexdigest(10), h.hexdigest(300)[-20:], h.digest(0), h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha256(memoryview(b'abc')).hexdigest(), hashlib.sha1(bytearray(b'abc')).hexdigest())
t(_sha2.sha256, 'x'); t(_sha2.sha256().update, 1); t(_sha3.shake_128().hexdigest, -1)
print(type(_sha3.sha3_256()) is _sha3.sha3_256, type(_sha2.sha256()).__name__, type(_md5.md5()).__name__)
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5'), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
h = hmac.new(b'key' * 30, digestmod=hashlib.sha512); h.update(b'x'); print(h.hexdigest(), h.name, h.copy().hexdigest() == h.hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
import secrets
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.compare_digest('x', 'x'), 0 <= secrets.randbelow(10) < 10)
for name in ['blake2b', 'blake2s']:
    for d in datas:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = hashlib.new(name)
    for d in datas: h.update(d)
    c = h.copy(); c.update(b'x')
    print(name, h.hexdigest(), c.hexdigest())
    ctor = getattr(hashlib, name)
    print(ctor(b'abc', digest_size=20, key=b'secret', salt=b'salt', person=b'me').hexdigest())
    print(ctor(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
    print(ctor(key=b'k' * ctor.MAX_KEY_SIZE).hexdigest(), ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_DIGEST_SIZE)
    for kw in [dict(digest_size=0), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(fanout=256), dict(depth=0), dict(node_depth=256), dict(inner_size=65), dict(key='s')]:
        t(ctor, **kw)
