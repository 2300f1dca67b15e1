# What each exception's __init__ stores: ImportError/NameError/AttributeError keyword-only fields,
# SyntaxError's details tuple, SystemExit.code, OSError arguments and the errno -> subclass map.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
ie = ImportError('m', name='n', path='p')
print(ie.msg, ie.name, ie.path, ie.name_from, str(ie))
ie.msg = 'changed'; print(str(ie))
print(str(ImportError(3)), str(ImportError('a', 'b')), ImportError('a', 'b').msg, ImportError(name_from='x').name_from)
t(lambda: ImportError(foo=1))
t(lambda: ModuleNotFoundError(foo=1))
t(lambda: NameError(foo=1))
t(lambda: AttributeError(foo=1))
t(lambda: ValueError(foo=1))
class E(Exception): pass
t(lambda: E(x=1))
s = SyntaxError('m', ('f', 1, 2, 't', 3, 4))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line, str(s))
t(lambda: SyntaxError('m', ('f', 1, 2, 't', 3)))
t(lambda: SyntaxError('m', ('f', 1, 2)))
t(lambda: SyntaxError('m', 5))
print(SyntaxError('m', ['dir/f.py', 7, 2, 't']).filename, str(SyntaxError('m', ['dir/f.py', 7, 2, 't'])))
print(SyntaxError('m', 'x', 'y').msg, SyntaxError().msg, str(SyntaxError()), str(SyntaxError('m', (None, True, 0, None))))
for args in [(), (1,), (1, 2), ((1, 2),)]:
    print(SystemExit(*args).code)
print(type(OSError(2, 'x')).__name__, type(OSError(2)).__name__, type(OSError(13, 'x', 'f')).__name__, type(OSError(999, 'x')).__name__)
o = OSError(2, 'x', 'f', None, 'g'); print(o.args, o.filename, o.filename2, str(o))
print(OSError(1, 2, 3, 4, 5, 6).args, OSError(1, 2, 3, 4, 5, 6).errno, str(OSError(1, 'x', None)))
t(lambda: OSError(1, 'x', filename='f'))
class Sub(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
s = Sub(1, 'x', 3); print(s.args, s.errno, s.c, type(Sub(2, 'y', 0)).__name__)
class Sub2(OSError): pass
print(type(Sub2(2, 'x')).__name__, Sub2(2, 'x', 'f').filename)
