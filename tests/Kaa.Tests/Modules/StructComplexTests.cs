using Kaa.Tests.Compiler;

namespace Kaa.Tests.Modules;

/// <summary>
/// struct's complex formats 'F' and 'D', new in CPython 3.14 (so the 3.13 reference cannot produce the
/// expected output): each is two 'f' / two 'd' parts, real first, aligned like its part type; packing takes
/// what complex() accepts without a string; unpacking gives complex. The checks compare against the
/// equivalent float formats, which the 3.13-generated cases already pin down bit for bit.
/// </summary>
public sealed class StructComplexTests
{
    [Fact]
    public void ComplexFormatsAreTwoFloatParts()
    {
        var output = PyRunner.Run("""
            import struct
            print(struct.calcsize('F'), struct.calcsize('D'), struct.calcsize('<F'), struct.calcsize('>D'))
            print(struct.calcsize('@bF'), struct.calcsize('@bD'), struct.calcsize('<bD'))
            for fmt, part in [('<F', '<ff'), ('>F', '>ff'), ('<D', '<dd'), ('!D', '!dd'), ('=F', '=ff')]:
                for v in [1+2j, -0.5j, 3, 2.5, True, complex('inf-nanj')]:
                    c = complex(v)
                    assert struct.pack(fmt, v) == struct.pack(part, c.real, c.imag), (fmt, v)
                print(fmt, struct.unpack(fmt, struct.pack(fmt, 1.5-2j)))
            class C:
                def __complex__(self): return 4j
            print(struct.unpack('D', struct.pack('D', C())), type(struct.unpack('F', bytes(8))[0]).__name__)
            for bad in ['1j', None, b'x']:
                try:
                    struct.pack('D', bad)
                except struct.error as e:
                    print('error', e)
            try:
                struct.pack('<F', 1e300)
            except OverflowError as e:
                print('OverflowError', e)
            print(struct.unpack('F', struct.pack('F', 1e300)))
            """);
        Assert.Equal("""
            8 16 8 16
            12 24 17
            <F ((1.5-2j),)
            >F ((1.5-2j),)
            <D ((1.5-2j),)
            !D ((1.5-2j),)
            =F ((1.5-2j),)
            (4j,) complex
            error required argument is not a complex
            error required argument is not a complex
            error required argument is not a complex
            OverflowError float too large to pack with f format
            ((inf+0j),)

            """.Replace("\r\n", "\n"), output);
    }
}
