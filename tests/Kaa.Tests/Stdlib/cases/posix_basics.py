import posix, errno

def err(f):
    try:
        print("->", f())
    except Exception as e:
        print(type(e).__name__, e)

print(posix.strerror(2), posix.strerror(13), posix.strerror(99999), errno.errorcode[errno.ENOENT], errno.EEXIST)
print(posix.fspath('a'), posix.fspath(b'b'))
class P:
    def __fspath__(self):
        return '/tmp'
print(posix.fspath(P()), type(posix.getpid()), posix.getcwd() == posix.getcwd(), type(posix.environ))
err(lambda: posix.fspath(1))
err(lambda: posix.stat('/nonexistent/x'))
err(lambda: posix.listdir('/nonexistent/x'))
err(lambda: posix.stat(['x']))
err(lambda: posix.mkdir(1))
err(lambda: posix.urandom(-1))
print(len(posix.urandom(8)), posix.cpu_count() > 0)
st = posix.stat('/')
print(type(st).__name__, len(st), st.st_mode & 0o170000 == 0o040000, isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields, posix.stat_result.n_fields)
print(sorted(posix.listdir('/'))[:0], 'DirEntry' in dir(posix))
