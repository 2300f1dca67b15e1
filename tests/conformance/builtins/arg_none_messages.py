# reference: CPython 3.14
# A None argument where Argument Clinic / getargs reject the type is named 'None' (_PyArg_BadArgument);
# messages built by hand with %T or tp_name keep 'NoneType'.
import io, types, struct, codecs, _codecs, array, time, unicodedata, collections, typing, _sre, _imp, _weakref, sys
from string.templatelib import Interpolation
N = None
def f(): pass
CLINIC = [
    "io.TextIOWrapper(io.BytesIO(), encoding='utf-8').write(N)", "type(N, (), {})", "type('X', N, {})",
    "type('X', (), N)", "b''.decode(N)", "b''.decode('utf-8', N)", "types.FunctionType(N, {})",
    "types.FunctionType(f.__code__, N)", "type(iter(collections.deque()))(N)", "memoryview(b'').cast(N)",
    "f.__code__.replace(co_name=N)", "UnicodeEncodeError(N, '', 0, 0, '')", "UnicodeEncodeError('a', N, 0, 0, '')",
    "UnicodeTranslateError('', 0, 0, N)", "typing.TypeVar(N)", "typing.TypeVarTuple(N)", "typing.ParamSpec(N)",
    "typing.TypeAliasType(N, int)", "float.__getformat__(N)", "(1).__format__(N)", "(1.5).__format__(N)",
    "(1j).__format__(N)", "'a'.__format__(N)", "object().__format__(N)", "(1).to_bytes(1, N)",
    "int.from_bytes(b'a', N)", "'a'.replace(N, 'b')", "'a'.replace('a', N)", "'a'.count(N)", "'a'.find(N)",
    "'a'.rindex(N)", "array.array('w').fromunicode(N)", "Interpolation(1, N)", "Interpolation(1, 'x', N, N)",
    "'a'.removeprefix(N)", "'a'.removesuffix(N)", "'a'.encode(N)", "'a'.encode('utf-8', N)",
    "str.maketrans('a', N)", "str.maketrans('a', 'b', N)", "ExceptionGroup(N, [ValueError()])",
    "struct.pack_into('b', N, 0, 1)", "types.TracebackType(N, N, 0, 0)", "io.FileIO('x', N)", "open('x', N)",
    "io.open_code(N)", "bytes('a', N)", "bytearray('a', 'utf-8', N)", "_imp.is_builtin(N)", "_imp.find_frozen(N)",
    "_imp._fix_co_filename(N, 'x')", "_imp._fix_co_filename(f.__code__, N)", "unicodedata.normalize(N, 'a')",
    "unicodedata.is_normalized('NFC', N)", "format(1, N)", "_sre.template('x', N)",
    "_sre.compile('x', 0, N, 0, {}, ())", "_sre.compile('x', 0, [], 0, N, ())", "codecs.lookup(N)",
    "codecs.lookup_error(N)", "codecs.register_error(N, print)", "_codecs._unregister_error(N)",
    "codecs.utf_8_encode(N)", "codecs.charmap_build(N)", "codecs.escape_encode(N)", "codecs.encode('a', N)",
    "codecs.decode(b'a', 'utf-8', N)", "sys.intern(N)", "_weakref._remove_dead_weakref(N, 'x')",
    "compile('1', 'f', N)", "time.get_clock_info(N)", "time.strftime(N)",
]
HAND = [  # %T / tp_name by hand: 'NoneType' (and a few wrong-type messages fixed alongside)
    "bytes.fromhex(N)", "b'a'.startswith(N)", "'a'.startswith(N)", "'a'.partition(N)", "str(b'', N)",
    "'a'.center(3, N)", "int(N)", "float(N)", "complex(N)", "complex(1, N)", "()[N]", "[][N]", "'a'[N]",
    "range(3)[N]", "'%f' % N", "struct.Struct(N)", "types.MappingProxyType(N)", "super(N, 1)", "[*N]",
    "f(*N)", "getattr(1, N)", "array.array('w', [N])", "unicodedata.lookup(N)", "unicodedata.lookup(1)",
    "float.fromhex(N)", "__import__(N)", "compile('1', N, 'eval')", "compile('1', 1.5, 'eval')",
    "time.sleep(N)", "time.sleep(collections.deque())", "[1].index(1, N)", "(1,).index(1, 0, N)",
    "collections.deque([1]).index(1, N)", "array.array('b', [1]).index(1, N)", "b''.join(N)", "bytearray().join(1)",
]
for group in (CLINIC, HAND):
    for src in group:
        try:
            eval(src)
            print(src, "-> no error")
        except Exception as e:
            print(src, "->", type(e).__name__, e)
print(compile('1', b'f', 'eval').co_filename)
