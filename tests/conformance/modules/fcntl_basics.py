# fcntl over libc: flags round-trips, buffer arguments, locks between two descriptors, CPython's errors.
import array
import fcntl
import os
import tempfile

print([(k, getattr(fcntl, k)) for k in dir(fcntl) if k.startswith(('F_GETFL', 'F_SETFL', 'LOCK_', 'FD_CLOEXEC', 'F_SETLK'))])
print(sorted(k for k in dir(fcntl) if not k.isupper() and not k.startswith('__')))
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print('nonblock', bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
fcntl.fcntl(r, fcntl.F_SETFL, fl)
print('blocking again', os.get_blocking(r))
print('cloexec', fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fd2 = fcntl.fcntl(w, fcntl.F_DUPFD, 100)
print('dupfd >= 100', fd2 >= 100)
os.close(fd2)


class F:
    def fileno(self):
        return r


print('fileno object', fcntl.fcntl(F(), fcntl.F_GETFL) == fl)
print('bytes arg', fcntl.fcntl(r, fcntl.F_GETFD, b'abcd'), fcntl.fcntl(r, fcntl.F_GETFD, 'ab'))
os.write(w, b'hello')
print('FIONREAD bytes', int.from_bytes(fcntl.ioctl(r, 0x541B, b'\0' * 4), 'little'))
buf = array.array('i', [0])
print('FIONREAD mutate', fcntl.ioctl(r, 0x541B, buf, True), buf[0])
ba = bytearray(4)
print('FIONREAD bytearray', fcntl.ioctl(r, 0x541B, ba), int.from_bytes(ba, 'little'))
print('FIONREAD no mutate', fcntl.ioctl(r, 0x541B, bytearray(4), False))

d = tempfile.mkdtemp()
p = os.path.join(d, 'lock')
with open(p, 'w+') as f1, open(p, 'w+') as f2:
    fcntl.flock(f1, fcntl.LOCK_EX)
    try:
        fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print('flock busy', type(e).__name__, e.errno)
    fcntl.flock(f1, fcntl.LOCK_UN)
    fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    print('flock after unlock ok')
    fcntl.flock(f2.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f1, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, 0)
    fcntl.lockf(f1, fcntl.LOCK_UN)
    fcntl.lockf(f1.fileno(), fcntl.LOCK_SH)
    print('lockf ok')
os.unlink(p)
os.rmdir(d)

for c in ['fcntl.fcntl("x", 1)', 'fcntl.fcntl(-1, 1)', 'fcntl.fcntl(987654, fcntl.F_GETFD)', 'fcntl.fcntl(r, fcntl.F_GETFD, 1.5)',
          'fcntl.fcntl(r, fcntl.F_GETFD, b"x" * 1025)', 'fcntl.fcntl(r, 2**40)', 'fcntl.flock(987654, fcntl.LOCK_SH)',
          'fcntl.fcntl(object(), 1)', 'fcntl.lockf(r, 0)', 'fcntl.ioctl(r, 0x541B, b"x" * 1025)', 'fcntl.fcntl(r)']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
os.close(r)
os.close(w)
for c in ['fcntl.flock(1)', 'fcntl.fcntl(1, 2, 3, 4)', 'fcntl.lockf(1)', 'fcntl.ioctl(1)', 'fcntl.fcntl(1, cmd=1)']:
    try:
        eval(c)
    except Exception as e:
        print(c, type(e).__name__, e)
