using System.Security.Cryptography;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _operator (Modules/_operator.c), so far only <c>_compare_digest</c>, which hmac and secrets import
/// from here when there is no _hashlib. Lib/operator.py does <c>from _operator import *</c> and keeps
/// its own pure-Python definitions for everything this module does not provide.
/// </summary>
public static class OperatorModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_operator", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        m.Set("_compare_digest", new PyBuiltinFunction("_compare_digest", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("_compare_digest", kw);
            if (a.Length != 2) throw PyErr.TypeError($"_compare_digest expected 2 arguments, got {a.Length}");
            return PyBool.From(CompareDigest(a[0], a[1]));
        }, m, "_compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values."));
    }

    /// <summary>_tscmp: a comparison whose time does not depend on where the inputs differ.</summary>
    public static bool CompareDigest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!System.Text.Ascii.IsValid(sa.Value) || !System.Text.Ascii.IsValid(sb.Value))
                throw PyErr.TypeError("comparing strings with non-ASCII characters is not supported");
            return CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value));
        }
        if (!BytesMethods.IsBuffer(a) && !BytesMethods.IsBuffer(b))
            throw PyErr.TypeError($"unsupported operand types(s) or combination of types: '{a.ObType.Name}' and '{b.ObType.Name}'");
        var x = BytesMethods.Buffer(a);
        var y = BytesMethods.Buffer(b);
        return CryptographicOperations.FixedTimeEquals(x, y);
    }
}
