namespace Kaa.Tests.Compiler;

/// <summary>
/// The CPython 3.14 parts of PEP 695/696 and PEP 649 that the conformance reference (CPython 3.13) does
/// not have: the evaluate_* functions of type parameters and aliases, the `.format` parameter of
/// annotation scopes, and lazily evaluated function annotations. Expected values follow CPython 3.14's
/// Objects/typevarobject.c and Python/codegen.c (annotation scopes take `.format`, default 1, and raise
/// NotImplementedError above VALUE_WITH_FAKE_GLOBALS = 2).
/// </summary>
public class TypeParamsTests
{
    static string Run(string source) => PyRunner.Run(source);

    [Fact]
    public void EvaluateFunctionsOfTypeParameters()
    {
        var output = Run("""
            def f[T: int, U: (int, str) = str, *Ts = int, **P = [int]](): pass
            T, U, Ts, P = f.__type_params__
            print(T.evaluate_bound(1), U.evaluate_constraints(1), U.evaluate_default(1))
            print(Ts.evaluate_default(1), P.evaluate_default(1), T.evaluate_default, T.evaluate_constraints)
            print(T.evaluate_bound.__code__.co_varnames, T.evaluate_bound.__defaults__)
            try:
                T.evaluate_bound(3)
            except NotImplementedError:
                print("NotImplementedError")
            from typing import TypeVar
            M = TypeVar("M", bound=int, default=str)
            e = M.evaluate_bound
            print(type(e).__name__, e(1), e(4), M.evaluate_default(4), M.evaluate_constraints)
            print(repr(e))
            """);
        Assert.Equal("""
            <class 'int'> (<class 'int'>, <class 'str'>) <class 'str'>
            <class 'int'> [<class 'int'>] None None
            ('.format',) (1,)
            NotImplementedError
            _ConstEvaluator <class 'int'> int str None
            <constevaluator <class 'int'>>

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void TypeAliasEvaluateValue()
    {
        var output = Run("""
            type A = list[undefined_name]
            print(A.evaluate_value.__name__, A.evaluate_value.__defaults__)
            try:
                A.__value__
            except NameError as e:
                print("NameError", e)
            undefined_name = int
            print(A.__value__, A.evaluate_value(1))
            from typing import TypeAliasType
            B = TypeAliasType("B", int)
            print(type(B.evaluate_value).__name__, B.evaluate_value(1))
            """);
        Assert.Equal("""
            A (1,)
            NameError name 'undefined_name' is not defined
            list[int] list[int]
            _ConstEvaluator <class 'int'>

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void FunctionAnnotationsAreLazy()
    {
        var output = Run("""
            def f(x: Later, *args: int) -> "str":
                return x
            class Later: pass
            print(f.__annotate__.__name__, f.__annotate__.__qualname__, f.__annotations__)
            print(f.__annotations__ is f.__annotations__)
            class C:
                X = int
                def m(self, a: X) -> C: pass
            print(C.m.__annotations__, C.m.__annotate__.__qualname__)
            def g(): pass
            print(g.__annotate__, g.__annotations__)
            g.__annotate__ = lambda format: {"r": format}
            print(g.__annotations__)
            try:
                g.__annotate__ = 3
            except TypeError as e:
                print("TypeError", e)
            class D:
                y: int
            class E(D): pass
            print(D.__annotations__, E.__annotations__, E.__annotate__)
            """);
        Assert.Equal("""
            __annotate__ f.__annotate__ {'x': <class '__main__.Later'>, 'args': <class 'int'>, 'return': 'str'}
            True
            {'a': <class 'int'>, 'return': <class '__main__.C'>} C.m.__annotate__
            None {}
            {'r': 1}
            TypeError __annotate__ must be callable or None
            {'y': <class 'int'>} {} None

            """.Replace("\r", ""), output);
    }
}
