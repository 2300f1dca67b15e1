# Fields CPython keeps in an exception's struct are member descriptors on the class, never in the
# instance __dict__: errno/strerror/filename, msg/lineno..., name/path, value, code, message...
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for cls, names in [(OSError, 'errno strerror filename filename2'), (SyntaxError, 'msg filename lineno offset text end_lineno end_offset print_file_and_line'),
                   (ImportError, 'msg name path name_from'), (StopIteration, 'value'), (SystemExit, 'code'), (NameError, 'name'),
                   (AttributeError, 'name obj'), (BaseExceptionGroup, 'message exceptions'), (UnicodeEncodeError, 'encoding object start end reason')]:
    print(cls.__name__, [type(cls.__dict__[n]).__name__ for n in names.split()], hasattr(cls, names.split()[0]))
print(OSError.errno, OSError.errno.__qualname__, OSError.errno.__doc__, FileNotFoundError.errno is OSError.errno)
print(type(OSError.__dict__['characters_written']).__name__, type(BaseException.__dict__['__suppress_context__']).__name__)
for e in [OSError(), OSError(2, 'x', 'f'), SyntaxError('m', ('f', 1, 2, 't')), ImportError('m', name='n'), StopIteration(1),
          SystemExit(2), NameError('m', name='x'), AttributeError('m', name='a', obj=1), ExceptionGroup('g', [ValueError()]),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), KeyError(1)]:
    print(type(e).__name__, e.__dict__, vars(e), [n for n in ('errno', 'msg', 'name', 'value', 'code', 'message') if n in dir(e)])
t(lambda: OSError.errno.__get__(None))
t(lambda: OSError.errno.__get__(None, OSError))
t(lambda: OSError.errno.__get__(1))
t(lambda: OSError.errno.__set__(ValueError(), 1))
t(lambda: OSError.errno.__delete__(KeyError()))
e = OSError(2, 'x', 'f')
e.errno = 5; del e.filename
print(e.errno, e.filename, e.__dict__, str(e))
del e.errno; print(e.errno, str(e))
e.filename = None; print(str(e))
g = ExceptionGroup('g', [ValueError()])
t(lambda: setattr(g, 'message', 'x'))
t(lambda: delattr(g, 'exceptions'))
s = SystemExit(4); del s.code; print(s.code, s.args)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration().value, StopAsyncIteration(3).args)
