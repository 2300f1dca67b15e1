# A FileIO moves the kernel's file offset (CPython uses read/write/lseek on the fd), so a child
# process, os.write/os.lseek on the same fd and open(fd, closefd=False) wrappers all see one position.
import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'out')

with open(p, 'w') as f:
    f.write('header\n')
    f.flush()
    subprocess.run(['sh', '-c', 'echo from the child'], stdout=f)
    f.write('tail\n')
with open(p) as f:
    print(repr(f.read()))

fd = os.open(p, os.O_RDWR | os.O_TRUNC)
with open(fd, 'w', closefd=False) as g:
    g.write('abc')
os.write(fd, b'def')
print('lseek', os.lseek(fd, 0, os.SEEK_CUR))
with open(fd, 'rb', closefd=False) as g:
    g.seek(1)
    print('os.read after seek', os.read(fd, 2))
    print('tell', g.tell())
os.close(fd)

with open(p, 'r+b') as f:
    f.seek(4)
    print('fileno offset', os.lseek(f.fileno(), 0, os.SEEK_CUR))
    f.write(b'XY')
    f.flush()
    print('after write', os.lseek(f.fileno(), 0, os.SEEK_CUR), f.tell())
    os.lseek(f.fileno(), 0, os.SEEK_SET)
    print('read all', f.read())
with open(p, 'ab') as f:
    f.write(b'!')
    print('append tell', f.tell())
with open(p, 'rb') as f:
    print(f.read())

try:
    open(987654, 'rb')
except OSError as e:
    print(type(e).__name__, e.errno)
os.unlink(p)
os.rmdir(d)
