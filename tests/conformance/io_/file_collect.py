# Files abandoned without close() keep their data: CPython closes a file when its last reference
# goes; Kaa writes the pending bytes and closes the fd when the GC collects it. The files are read
# back with os.open/os.read (not open(), which would flush writers to the same path first), after
# allocation-heavy code and gc.collect().
import gc
import io
import os
import tempfile

d = tempfile.mkdtemp()


def path(name):
    return os.path.join(d, name)


def raw_read(p):
    fd = os.open(p, os.O_RDONLY)
    try:
        chunks = []
        while True:
            b = os.read(fd, 65536)
            if not b:
                return b''.join(chunks)
            chunks.append(b)
    finally:
        os.close(fd)


def churn():
    junk = [[j] * 10 for j in range(3000)]
    return len(junk)


def fds_on_our_files():
    # Only fds on the files this program made: the runtime itself may open others meanwhile.
    n = 0
    for x in os.listdir('/proc/self/fd'):
        try:
            n += os.readlink('/proc/self/fd/' + x).startswith(d)
        except OSError:
            pass
    return n


def abandon(p, mode, data):
    open(p, mode).write(data)


def scrub():
    # The runtime may hold the last object an operation touched for a while (a .NET local of the
    # interpreter loop, stale until overwritten, especially in a Debug build): do the same kinds of
    # operations on a file that is closed properly, so that nothing checked below is that object.
    with open(path('scratch'), 'w') as f:
        f.write('s')
    with open(path('scratch'), 'wb') as f:
        f.write(b's')
    io.StringIO().write('s')
    churn()


N = 200
modes = [('w', 'x' * 100), ('wb', b'y' * 100), ('w+', 'z' * 100), ('wb+', b'q' * 100), ('x', 'new' * 30)]
for mode, data in modes:
    for i in range(N):
        abandon(path(f'{mode}-{i}'), mode, data)
        churn()
        if i % 40 == 0:
            gc.collect()
scrub()
gc.collect()
for mode, data in modes:
    want = data.encode() if isinstance(data, str) else data
    bad = sum(raw_read(path(f'{mode}-{i}')) != want for i in range(N))
    print(mode, 'bad files:', bad)

# Appending: each abandoned writer adds its line after the previous ones.
p = path('append')
for i in range(50):
    open(p, 'a').write(f'line {i}\n')
    churn()
scrub()
gc.collect()
lines = raw_read(p).decode().splitlines()
print('append lines', len(lines), lines[0], lines[-1])

# Text bigger than the text layer's chunk: part is in the buffered writer, part in the text layer;
# both must arrive, in order.
p = path('big')
def big():
    f = open(p, 'w')
    for i in range(3000):
        f.write(f'{i:05d}\n')
big()
scrub()
gc.collect()
data = raw_read(p).decode()
print('big ok', data == ''.join(f'{i:05d}\n' for i in range(3000)), len(data))

# Objects built by hand: FileIO, BufferedWriter over FileIO, TextIOWrapper over that.
def by_hand():
    io.FileIO(path('fileio'), 'w').write(b'raw bytes')
    io.BufferedWriter(io.FileIO(path('bw'), 'w')).write(b'buffered bytes')
    io.TextIOWrapper(io.BufferedWriter(io.FileIO(path('tw'), 'w')), encoding='utf-8').write('text \u20ac')
    io.BufferedRandom(io.FileIO(path('br'), 'w+')).write(b'random bytes')
by_hand()
io.BufferedRandom(io.FileIO(path('scratch'), 'w+')).close()
scrub()
gc.collect()
for name in ('fileio', 'bw', 'tw', 'br'):
    print(name, raw_read(path(name)))

# Write after read in r+ mode: the write lands at the logical position.
p = path('rplus')
with open(p, 'w') as f:
    f.write('abcdef\nghijkl\n')
def rplus():
    f = open(p, 'r+')
    print('read', repr(f.readline()))
    f.seek(f.tell())
    f.write('XY')
rplus()
scrub()
gc.collect()
print('rplus', raw_read(p))

# A pipe given to open(): the data arrives and the write end is closed (the reader sees EOF).
r, w = os.pipe()
def pipe_writer():
    open(w, 'w').write('through the pipe')
pipe_writer()
scrub()
gc.collect()
os.set_blocking(r, False)
try:
    print('pipe', os.read(r, 100), os.read(r, 100))
except BlockingIOError:
    print('pipe: write end still open')
os.close(r)

# closefd=False: the data arrives but the fd stays open for its owner.
fd = os.open(path('shared'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
def shared():
    open(fd, 'w', closefd=False).write('shared fd')
shared()
scrub()
gc.collect()
os.write(fd, b' + owner')
os.close(fd)
print('shared', raw_read(path('shared')))

# Explicitly closed and flushed files are unaffected; and nothing leaked an fd.
with open(path('closed'), 'w') as f:
    f.write('closed normally')
print('closed', raw_read(path('closed')))
gc.collect()
print('fds left open on our files', fds_on_our_files())

# Opening the same path again, for writing, does not let the abandoned writer's bytes land later.
p = path('twice')
open(p, 'w').write('first')
with open(p, 'w') as f:
    f.write('2nd')
scrub()
gc.collect()
print('twice', raw_read(p))

for name in os.listdir(d):
    os.unlink(path(name))
os.rmdir(d)
