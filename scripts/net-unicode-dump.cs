// Prints what .NET's own Unicode tables say about every code point, one line each:
//   "cp category simpleUpper simpleLower numeric digit"
// (Rune.GetUnicodeCategory as the UnicodeCategory number, Rune.ToUpperInvariant/ToLowerInvariant,
// CharUnicodeInfo.GetNumericValue/GetDigitValue). tests/Kaa.Tests/Objects/StrUnicodeTablesGen.py reads it
// to find where CPython's str properties differ from .NET's. Run: dotnet run scripts/net-unicode-dump.cs > dump
using System.Globalization;
using System.Text;

var sb = new StringBuilder();
for (int cp = 0; cp < 0x110000; cp++)
{
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    var r = new Rune(cp);
    string s = r.ToString();
    sb.Append(cp).Append(' ').Append((int)Rune.GetUnicodeCategory(r)).Append(' ')
      .Append(Rune.ToUpperInvariant(r).Value).Append(' ').Append(Rune.ToLowerInvariant(r).Value).Append(' ')
      .Append(CharUnicodeInfo.GetNumericValue(s, 0).ToString("R", CultureInfo.InvariantCulture)).Append(' ')
      .Append(CharUnicodeInfo.GetDigitValue(s, 0)).Append('\n');
}
Console.Out.Write(sb.ToString());
