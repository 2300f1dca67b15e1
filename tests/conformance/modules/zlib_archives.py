# gzip, zipfile and tarfile on top of zlib: writing and reading back archives (in memory),
# multi-member gzip, reading in small pieces, and the errors for corrupt data
import gzip, io, tarfile, zipfile, zlib

data = b''.join(b'line %d: %s\n' % (i, b'abc' * (i % 7)) for i in range(2000))
g = gzip.compress(data, mtime=0)
print(gzip.decompress(g) == data, gzip.decompress(g + gzip.compress(b'second', mtime=0)) == data + b'second')
print(g[:4], g[8:9] in (b'\x00', b'\x02', b'\x04'))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, compresslevel=9) as f:
    f.write(data[:1000])
    f.flush()
    f.write(data[1000:])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    pieces = []
    while chunk := f.read(777):
        pieces.append(chunk)
    print(len(pieces), b''.join(pieces) == data, f.mtime)
buf.seek(0)
with gzip.open(buf, 'rt', encoding='ascii') as f:
    lines = f.readlines()
    print(len(lines), lines[5])
for bad in [g[:-4], g[:-8] + b'\x00' * 8, b'\x1f\x8b\x09' + g[3:], b'not gzip at all']:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
path = io.BytesIO()
with gzip.open(path, 'wb') as f:
    f.write(data)
path.seek(0)
with gzip.open(path, 'rb') as f:
    f.seek(5000)
    print(f.read(20), f.tell())
zpath = io.BytesIO()
with zipfile.ZipFile(zpath, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr('data.txt', data)
    z.writestr('small.txt', b'hello zip')
    z.writestr('stored.bin', bytes(range(256)), compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo('dir/'), b'')
with zipfile.ZipFile(zpath) as z:
    print(sorted(z.namelist()), z.testzip())
    print(z.read('data.txt') == data, z.read('small.txt'), z.read('stored.bin')[:4])
    info = z.getinfo('data.txt')
    print(info.compress_type, info.file_size, info.CRC == zlib.crc32(data), info.compress_size < info.file_size)
    with z.open('data.txt') as f:
        print(f.read(12), len(f.read()))
for mode in ('w:gz', 'w'):
    tpath = io.BytesIO()
    with tarfile.open(fileobj=tpath, mode=mode) as t:
        ti = tarfile.TarInfo('data.txt')
        ti.size = len(data)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
        ti2 = tarfile.TarInfo('empty.txt')
        ti2.mtime = 0
        t.addfile(ti2, io.BytesIO(b''))
    tpath.seek(0)
    with tarfile.open(fileobj=tpath) as t:
        names = t.getnames()
        print(mode, names, t.extractfile('data.txt').read() == data, t.getmember('data.txt').size)
mem = io.BytesIO()
with tarfile.open(fileobj=mem, mode='w:gz') as t:
    ti = tarfile.TarInfo('m.txt')
    ti.size = 5
    t.addfile(ti, io.BytesIO(b'12345'))
mem.seek(0)
with tarfile.open(fileobj=mem, mode='r:*') as t:
    print(t.getnames(), t.extractfile('m.txt').read())
