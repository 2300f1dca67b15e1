using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

// The slot signatures (CPython's tp_*/nb_*/sq_*/mp_* function pointer types). Every slot takes the
// ThreadState first: state is passed explicitly (DESIGN §2 rule 2).

public delegate PyObject UnaryFunc(ThreadState ts, PyObject a);
public delegate PyObject BinaryFunc(ThreadState ts, PyObject a, PyObject b);
public delegate PyObject TernaryFunc(ThreadState ts, PyObject a, PyObject b, PyObject c);
/// <summary>Returns null when the attribute is missing and <paramref name="suppress"/> is true.</summary>
public delegate PyObject? GetAttroFunc(ThreadState ts, PyObject obj, PyStr name, bool suppress);
/// <summary>value null means delete.</summary>
public delegate void SetAttroFunc(ThreadState ts, PyObject obj, PyStr name, PyObject? value);
/// <summary>Vectorcall convention: positional arguments, then the values of the keywords named in kwnames.</summary>
public delegate PyObject CallFunc(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate PyObject NewFunc(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate void InitFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate PyObject RichCompareFunc(ThreadState ts, PyObject a, PyObject b, CompareOp op);
public delegate long HashFunc(ThreadState ts, PyObject a);
/// <summary>Returns null when the iterator is exhausted (no StopIteration is allocated).</summary>
public delegate PyObject? IterNextFunc(ThreadState ts, PyObject iterator);
public delegate PyObject DescrGetFunc(ThreadState ts, PyObject descr, PyObject? obj, PyType? type);
/// <summary>value null means delete.</summary>
public delegate void DescrSetFunc(ThreadState ts, PyObject descr, PyObject obj, PyObject? value);
public delegate long LenFunc(ThreadState ts, PyObject a);
public delegate bool InquiryFunc(ThreadState ts, PyObject a);
/// <summary>value null means delete.</summary>
public delegate void SetItemFunc(ThreadState ts, PyObject obj, PyObject key, PyObject? value);
public delegate bool ContainsFunc(ThreadState ts, PyObject container, PyObject item);

/// <summary>A method of a built-in type: self, then vectorcall-style arguments.</summary>
public delegate PyObject BuiltinMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
/// <summary>A built-in function (module-level): vectorcall-style arguments; `module` is its defining module (or null).</summary>
public delegate PyObject BuiltinFunc(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

public enum BinOp { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, DivMod }
