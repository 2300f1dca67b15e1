namespace Kaa.Runtime.Objects;

/// <summary>The built-in exception types: static, immortal, shared by all interpreters. Generated from CPython 3.13's hierarchy.</summary>
public static class PyExc
{
    public static PyType BaseException => BuiltinTypes.BaseException;
    public static readonly PyType BaseExceptionGroup;
    public static readonly PyType GeneratorExit;
    public static readonly PyType KeyboardInterrupt;
    public static readonly PyType SystemExit;
    public static readonly PyType Exception;
    public static readonly PyType ArithmeticError;
    public static readonly PyType FloatingPointError;
    public static readonly PyType OverflowError;
    public static readonly PyType ZeroDivisionError;
    public static readonly PyType AssertionError;
    public static readonly PyType AttributeError;
    public static readonly PyType BufferError;
    public static readonly PyType EOFError;
    public static readonly PyType ExceptionGroup;
    public static readonly PyType ImportError;
    public static readonly PyType ModuleNotFoundError;
    public static readonly PyType LookupError;
    public static readonly PyType IndexError;
    public static readonly PyType KeyError;
    public static readonly PyType MemoryError;
    public static readonly PyType NameError;
    public static readonly PyType UnboundLocalError;
    public static readonly PyType OSError;
    public static readonly PyType BlockingIOError;
    public static readonly PyType ChildProcessError;
    public static readonly PyType ConnectionError;
    public static readonly PyType BrokenPipeError;
    public static readonly PyType ConnectionAbortedError;
    public static readonly PyType ConnectionRefusedError;
    public static readonly PyType ConnectionResetError;
    public static readonly PyType FileExistsError;
    public static readonly PyType FileNotFoundError;
    public static readonly PyType InterruptedError;
    public static readonly PyType IsADirectoryError;
    public static readonly PyType NotADirectoryError;
    public static readonly PyType PermissionError;
    public static readonly PyType ProcessLookupError;
    public static readonly PyType TimeoutError;
    public static readonly PyType ReferenceError;
    public static readonly PyType RuntimeError;
    public static readonly PyType NotImplementedError;
    public static readonly PyType PythonFinalizationError;
    public static readonly PyType RecursionError;
    public static readonly PyType StopAsyncIteration;
    public static readonly PyType StopIteration;
    public static readonly PyType SyntaxError;
    public static readonly PyType IndentationError;
    public static readonly PyType TabError;
    public static readonly PyType IncompleteInputError;  // _IncompleteInputError
    public static readonly PyType SystemError;
    public static readonly PyType TypeError;
    public static readonly PyType ValueError;
    public static readonly PyType UnicodeError;
    public static readonly PyType UnicodeDecodeError;
    public static readonly PyType UnicodeEncodeError;
    public static readonly PyType UnicodeTranslateError;
    public static readonly PyType Warning;
    public static readonly PyType BytesWarning;
    public static readonly PyType DeprecationWarning;
    public static readonly PyType EncodingWarning;
    public static readonly PyType FutureWarning;
    public static readonly PyType ImportWarning;
    public static readonly PyType PendingDeprecationWarning;
    public static readonly PyType ResourceWarning;
    public static readonly PyType RuntimeWarning;
    public static readonly PyType SyntaxWarning;
    public static readonly PyType UnicodeWarning;
    public static readonly PyType UserWarning;

    /// <summary>Every exception type in the order CPython readies them (static_exceptions in
    /// Objects/exceptions.c, parents first, then ExceptionGroup): the order of the builtins module's
    /// entries and of each type's __subclasses__().</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<PyType> All;

    static PyExc()
    {
        BaseExceptionGroup = BuiltinTypes.CreateStatic("BaseExceptionGroup", BaseException);
        GeneratorExit = BuiltinTypes.CreateStatic("GeneratorExit", BaseException);
        KeyboardInterrupt = BuiltinTypes.CreateStatic("KeyboardInterrupt", BaseException);
        SystemExit = BuiltinTypes.CreateStatic("SystemExit", BaseException);
        Exception = BuiltinTypes.CreateStatic("Exception", BaseException);
        ArithmeticError = BuiltinTypes.CreateStatic("ArithmeticError", Exception);
        FloatingPointError = BuiltinTypes.CreateStatic("FloatingPointError", ArithmeticError);
        OverflowError = BuiltinTypes.CreateStatic("OverflowError", ArithmeticError);
        ZeroDivisionError = BuiltinTypes.CreateStatic("ZeroDivisionError", ArithmeticError);
        AssertionError = BuiltinTypes.CreateStatic("AssertionError", Exception);
        AttributeError = BuiltinTypes.CreateStatic("AttributeError", Exception);
        BufferError = BuiltinTypes.CreateStatic("BufferError", Exception);
        EOFError = BuiltinTypes.CreateStatic("EOFError", Exception);
        ExceptionGroup = BuiltinTypes.CreateStatic("ExceptionGroup", BaseExceptionGroup);
        ImportError = BuiltinTypes.CreateStatic("ImportError", Exception);
        ModuleNotFoundError = BuiltinTypes.CreateStatic("ModuleNotFoundError", ImportError);
        LookupError = BuiltinTypes.CreateStatic("LookupError", Exception);
        IndexError = BuiltinTypes.CreateStatic("IndexError", LookupError);
        KeyError = BuiltinTypes.CreateStatic("KeyError", LookupError);
        MemoryError = BuiltinTypes.CreateStatic("MemoryError", Exception);
        NameError = BuiltinTypes.CreateStatic("NameError", Exception);
        UnboundLocalError = BuiltinTypes.CreateStatic("UnboundLocalError", NameError);
        OSError = BuiltinTypes.CreateStatic("OSError", Exception);
        BlockingIOError = BuiltinTypes.CreateStatic("BlockingIOError", OSError);
        ChildProcessError = BuiltinTypes.CreateStatic("ChildProcessError", OSError);
        ConnectionError = BuiltinTypes.CreateStatic("ConnectionError", OSError);
        BrokenPipeError = BuiltinTypes.CreateStatic("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = BuiltinTypes.CreateStatic("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = BuiltinTypes.CreateStatic("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = BuiltinTypes.CreateStatic("ConnectionResetError", ConnectionError);
        FileExistsError = BuiltinTypes.CreateStatic("FileExistsError", OSError);
        FileNotFoundError = BuiltinTypes.CreateStatic("FileNotFoundError", OSError);
        InterruptedError = BuiltinTypes.CreateStatic("InterruptedError", OSError);
        IsADirectoryError = BuiltinTypes.CreateStatic("IsADirectoryError", OSError);
        NotADirectoryError = BuiltinTypes.CreateStatic("NotADirectoryError", OSError);
        PermissionError = BuiltinTypes.CreateStatic("PermissionError", OSError);
        ProcessLookupError = BuiltinTypes.CreateStatic("ProcessLookupError", OSError);
        TimeoutError = BuiltinTypes.CreateStatic("TimeoutError", OSError);
        ReferenceError = BuiltinTypes.CreateStatic("ReferenceError", Exception);
        RuntimeError = BuiltinTypes.CreateStatic("RuntimeError", Exception);
        NotImplementedError = BuiltinTypes.CreateStatic("NotImplementedError", RuntimeError);
        PythonFinalizationError = BuiltinTypes.CreateStatic("PythonFinalizationError", RuntimeError);
        RecursionError = BuiltinTypes.CreateStatic("RecursionError", RuntimeError);
        StopAsyncIteration = BuiltinTypes.CreateStatic("StopAsyncIteration", Exception);
        StopIteration = BuiltinTypes.CreateStatic("StopIteration", Exception);
        SyntaxError = BuiltinTypes.CreateStatic("SyntaxError", Exception);
        IndentationError = BuiltinTypes.CreateStatic("IndentationError", SyntaxError);
        TabError = BuiltinTypes.CreateStatic("TabError", IndentationError);
        IncompleteInputError = BuiltinTypes.CreateStatic("_IncompleteInputError", SyntaxError);
        SystemError = BuiltinTypes.CreateStatic("SystemError", Exception);
        TypeError = BuiltinTypes.CreateStatic("TypeError", Exception);
        ValueError = BuiltinTypes.CreateStatic("ValueError", Exception);
        UnicodeError = BuiltinTypes.CreateStatic("UnicodeError", ValueError);
        UnicodeDecodeError = BuiltinTypes.CreateStatic("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = BuiltinTypes.CreateStatic("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = BuiltinTypes.CreateStatic("UnicodeTranslateError", UnicodeError);
        Warning = BuiltinTypes.CreateStatic("Warning", Exception);
        BytesWarning = BuiltinTypes.CreateStatic("BytesWarning", Warning);
        DeprecationWarning = BuiltinTypes.CreateStatic("DeprecationWarning", Warning);
        EncodingWarning = BuiltinTypes.CreateStatic("EncodingWarning", Warning);
        FutureWarning = BuiltinTypes.CreateStatic("FutureWarning", Warning);
        ImportWarning = BuiltinTypes.CreateStatic("ImportWarning", Warning);
        PendingDeprecationWarning = BuiltinTypes.CreateStatic("PendingDeprecationWarning", Warning);
        ResourceWarning = BuiltinTypes.CreateStatic("ResourceWarning", Warning);
        RuntimeWarning = BuiltinTypes.CreateStatic("RuntimeWarning", Warning);
        SyntaxWarning = BuiltinTypes.CreateStatic("SyntaxWarning", Warning);
        UnicodeWarning = BuiltinTypes.CreateStatic("UnicodeWarning", Warning);
        UserWarning = BuiltinTypes.CreateStatic("UserWarning", Warning);
        // ExceptionGroup(BaseExceptionGroup, Exception): the one multiple-inheritance static type.
        ExceptionGroup.Bases = new PyTuple([BaseExceptionGroup, Exception]);
        ExceptionGroup.MroArray = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, BuiltinTypes.Object];
        ExceptionGroup.Mro = new PyTuple(ExceptionGroup.MroArray);
        All = [BaseException, BaseExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError, AssertionError, AttributeError, BufferError, EOFError, ImportError, LookupError, MemoryError, NameError, OSError, ReferenceError, RuntimeError, StopAsyncIteration, StopIteration, SyntaxError, SystemError, TypeError, ValueError, Warning, FloatingPointError, OverflowError, ZeroDivisionError, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning, BlockingIOError, ChildProcessError, ConnectionError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, IndentationError, IncompleteInputError, IndexError, KeyError, ModuleNotFoundError, NotImplementedError, PythonFinalizationError, RecursionError, UnboundLocalError, UnicodeError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, TabError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, ExceptionGroup];
    }
}
