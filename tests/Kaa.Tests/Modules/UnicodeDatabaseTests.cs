using Kaa.Compiler.Unicode;

namespace Kaa.Tests.Modules;

/// <summary>
/// The embedded UnicodeData.bin (UnicodeDataGen.py) read back: the name aliases and named sequences CPython
/// 3.14 lists (conformance program accel/unicodedata_named_sequences.py checks each against CPython).
/// </summary>
public class UnicodeDatabaseTests
{
    private static readonly UnicodeDatabase Db = UnicodeDatabase.Instance;

    [Fact]
    public void NamedSequencesAreInCPythonsOrder()
    {
        Assert.Equal("16.0.0", Db.Version);
        // CPython 3.14 has 477 aliases at U+F0000.. and 461 named sequences at U+F0200.. (namereplace names them).
        Assert.Equal("NULL", Db.NameReplaceName(0xF0000));
        Assert.Equal("VS256", Db.NameReplaceName(0xF0000 + 476));
        Assert.Null(Db.NameReplaceName(0xF0000 + 477));
        Assert.Equal("KEYCAP NUMBER SIGN", Db.NameReplaceName(0xF0200));
        Assert.Equal("MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR", Db.NameReplaceName(0xF0200 + 460));
        Assert.Null(Db.NameReplaceName(0xF0200 + 461));
        Assert.Null(Db.Name(0xF0200));
        Assert.Equal("SPACE", Db.NameReplaceName(0x20));
        for (int i = 0; i < 461; i++)
        {
            var name = Db.NameReplaceName(0xF0200 + i)!;
            var seq = Db.LookupSequence(name);
            Assert.NotNull(seq);
            Assert.InRange(seq.Length, 2, 4);
            Assert.Equal(seq, Db.LookupSequence(name.ToLowerInvariant()));
            // \N{...} escapes resolve through Lookup, which does not know named sequences.
            Assert.Equal(-1, Db.Lookup(name));
        }
    }

    [Fact]
    public void LookupIsCaseInsensitiveInAsciiOnly()
    {
        Assert.Equal("r\u0303", Db.LookupSequence("Latin Small Letter R With Tilde"));
        Assert.Null(Db.LookupSequence("LATIN SMALL LETTER R WITH TILDE "));
        Assert.Equal(0x20, Db.Lookup("space"));
        Assert.Equal(-1, Db.Lookup("\u017fPACE"));
        Assert.Equal(0x200D, Db.Lookup("zwj"));
        Assert.Equal(-1, Db.Lookup("zwj", v32: true));
    }
}
