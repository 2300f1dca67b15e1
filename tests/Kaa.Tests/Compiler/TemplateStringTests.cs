namespace Kaa.Tests.Compiler;

/// <summary>
/// PEP 750 template strings. The conformance reference (CPython 3.13) has no t-strings, so the expected
/// values here are written from CPython 3.14's semantics: PEP 750 as accepted (including the June 2025
/// update that removed Template/str concatenation), Lib/string/templatelib.py, Objects/templateobject.c and
/// Objects/interpolationobject.c, and the cases of CPython 3.14's Lib/test/test_tstring.py.
/// </summary>
public class TemplateStringTests
{
    static string Run(string source) => PyRunner.Run(source);

    [Fact]
    public void StringsInterpolationsAndValues()
    {
        var output = Run("""
            name = "Python"
            t = t"Hello, {name}"
            print(t.strings, t.interpolations, t.values)
            first, last = "Python", "Developer"
            t = t"{first} {last}"
            print(t.strings, t.values)
            print(t"".strings, t"".interpolations)
            """);
        Assert.Equal("""
            ('Hello, ', '') (Interpolation('Python', 'name', None, ''),) ('Python',)
            ('', ' ', '') ('Python', 'Developer')
            ('',) ()

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ReprsAndTypes()
    {
        var output = Run("""
            from string.templatelib import Template, Interpolation
            x = 1
            t = t"a{x}b"
            print(repr(t))
            print(type(t) is Template, type(t.interpolations[0]) is Interpolation)
            print(Template, Interpolation, Template.__module__, Template.__name__)
            print(Interpolation.__match_args__)
            """);
        Assert.Equal("""
            Template(strings=('a', 'b'), interpolations=(Interpolation(1, 'x', None, ''),))
            True True
            <class 'string.templatelib.Template'> <class 'string.templatelib.Interpolation'> string.templatelib Template
            ('value', 'expression', 'conversion', 'format_spec')

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ConversionsFormatSpecsAndDebugFields()
    {
        // The conversion is recorded, not applied; the format spec is evaluated (nested fields included);
        // `{x=}` puts "x=" in the strings and defaults the conversion to 'r' unless a format spec is given.
        var output = Run("""
            value = 42
            obj = "Café"
            for t in (t"{obj!s}", t"{obj!r}", t"{obj!a}", t"{value:.2f}", t"{value:{value}}",
                      t"Value: {value=}", t"Value: {value=:.2f}", t"Value: {value=!s}", t"Value: {value = }"):
                i = t.interpolations[0]
                print(t.strings, repr(i.value), repr(i.expression), i.conversion, repr(i.format_spec))
            """);
        Assert.Equal("""
            ('', '') 'Café' 'obj' s ''
            ('', '') 'Café' 'obj' r ''
            ('', '') 'Café' 'obj' a ''
            ('', '') 42 'value' None '.2f'
            ('', '') 42 'value' None '42'
            ('Value: value=', '') 42 'value' r ''
            ('Value: value=', '') 42 'value' None '.2f'
            ('Value: value=', '') 42 'value' s ''
            ('Value: value = ', '') 42 'value ' r ''

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ExpressionTextKeepsWhitespaceAndDropsComments()
    {
        var output = Run("""
            x = 42
            for t in (t"{x}", t"{x }", t"{ x}", t"{  x  }", t"{ x !r}", t"{ x :.2f}", t"{ x = }", t"{x == 42 = }"):
                print(repr(t.interpolations[0].expression))
            t = t'''{(
                1,  # a comment
                "#")}'''
            print(repr(t.interpolations[0].expression))
            """);
        Assert.Equal("""
            'x'
            'x '
            ' x'
            '  x  '
            ' x '
            ' x '
            ' x '
            'x == 42 '
            '(\n    1,  \n    "#")'

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void IterationSkipsEmptyStrings()
    {
        var output = Run("""
            a, b = 1, 2
            print(list(t"{a}{b}c"))
            print(list(t""))
            """);
        Assert.Equal("""
            [Interpolation(1, 'a', None, ''), Interpolation(2, 'b', None, ''), 'c']
            []

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ConcatenationIsBetweenTemplatesOnly()
    {
        var output = Run("""
            name = "Python"
            print(t"Hello, " + t"{name}")
            print(t"Hello, " t"{name}" t"!")
            for f in (lambda: t"a" + "b", lambda: "a" + t"b", lambda: t"a" + 1, lambda: 1 + t"a"):
                try:
                    f()
                except TypeError as e:
                    print(e)
            """);
        Assert.Equal("""
            Template(strings=('Hello, ', ''), interpolations=(Interpolation('Python', 'name', None, ''),))
            Template(strings=('Hello, ', '!'), interpolations=(Interpolation('Python', 'name', None, ''),))
            can only concatenate string.templatelib.Template (not "str") to string.templatelib.Template
            can only concatenate str (not "string.templatelib.Template") to str
            can only concatenate string.templatelib.Template (not "int") to string.templatelib.Template
            unsupported operand type(s) for +: 'int' and 'string.templatelib.Template'

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ConstructorsAndTheirErrors()
    {
        var output = Run("""
            from string.templatelib import Template, Interpolation, convert
            print(Template("a", "b", Interpolation(1, "x"), Interpolation(2, "y", "r", ">3"), "c"))
            print(Template(), Interpolation(1, "x", format_spec="d"))
            for f in (lambda: Template(1), lambda: Template(x="a"), lambda: Interpolation(1, 2),
                      lambda: Interpolation(1, "x", "z"), lambda: Interpolation(1, "x", 3),
                      lambda: Interpolation(1, "x", None, 4)):
                try:
                    f()
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            try:
                class Sub(Template): pass
            except TypeError as e:
                print(e)
            print(convert(1, "r"), convert("é", "a"), convert(2, None))
            """);
        Assert.Equal("""
            Template(strings=('ab', '', 'c'), interpolations=(Interpolation(1, 'x', None, ''), Interpolation(2, 'y', 'r', '>3')))
            Template(strings=('',), interpolations=()) Interpolation(1, 'x', None, 'd')
            TypeError Template.__new__ *args need to be of type 'str' or 'Interpolation', got int
            TypeError Template.__new__ only accepts *args arguments
            TypeError Interpolation() argument 'expression' must be str, not int
            ValueError Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'
            TypeError Interpolation() argument 'conversion' must be str, not int
            TypeError Interpolation() argument 'format_spec' must be str, not int
            type 'string.templatelib.Template' is not an acceptable base type
            1 '\xe9' 2

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void ReduceAndPatternMatching()
    {
        var output = Run("""
            from string.templatelib import Interpolation, _template_unpickle
            x = 3
            t = t"a{x!r:>4}"
            f, args = t.__reduce__()
            print(f is _template_unpickle, args)
            print(f(*args))
            print(t.interpolations[0].__reduce__())
            match t.interpolations[0]:
                case Interpolation(value, expression, conversion, spec):
                    print(value, expression, conversion, spec)
            """);
        Assert.Equal("""
            True (('a', ''), (Interpolation(3, 'x', 'r', '>4'),))
            Template(strings=('a', ''), interpolations=(Interpolation(3, 'x', 'r', '>4'),))
            (<class 'string.templatelib.Interpolation'>, (3, 'x', 'r', '>4'))
            3 x r >4

            """.Replace("\r", ""), output);
    }

    [Theory]
    [InlineData("t'", "unterminated t-string literal (detected at line 1)")]
    [InlineData("t'''", "unterminated triple-quoted t-string literal (detected at line 1)")]
    [InlineData("t'{'", "t-string: expecting '}'")]
    [InlineData("t'}'", "t-string: single '}' is not allowed")]
    [InlineData("t'{}'", "t-string: valid expression required before '}'")]
    [InlineData("t'{x;y}'", "t-string: expecting '=', or '!', or ':', or '}'")]
    [InlineData("t'{x=y}'", "t-string: expecting '!', or ':', or '}'")]
    [InlineData("t'{x!s!}'", "t-string: expecting ':' or '}'")]
    [InlineData("t'{x!s:'", "t-string: expecting '}', or format specs")]
    [InlineData("t'{x!}'", "t-string: missing conversion character")]
    [InlineData("t'{x!z}'", "t-string: invalid conversion character 'z': expected 's', 'r', or 'a'")]
    [InlineData("f\"{t'{x!z}'}\"", "t-string: invalid conversion character 'z': expected 's', 'r', or 'a'")]
    [InlineData("t'{f\"{x!z}\"}'", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'")]
    [InlineData("t'{lambda:1}'", "t-string: lambda expressions are not allowed without parentheses")]
    [InlineData("t'{x:{;}}'", "t-string: expecting a valid expression after '{'")]
    [InlineData("t'a' 'b'", "cannot mix t-string literals with string or bytes literals")]
    [InlineData("'a' t'b'", "cannot mix t-string literals with string or bytes literals")]
    [InlineData("t'a' f'b'", "cannot mix t-string literals with string or bytes literals")]
    [InlineData("b'a' t'b'", "cannot mix t-string literals with string or bytes literals")]
    public void SyntaxErrors(string source, string message)
    {
        Assert.Equal($"!! SyntaxError: {message} (line 1)\n", Run(source));
    }
}
