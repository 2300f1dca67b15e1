# %-format, str.format, f-strings, str concatenation and slicing, repr, join over iterables, replace/str() argument
# handling: the allocation-free formatting paths must keep CPython's results and error messages.
# %-format
vals = [0, 7, -7, 255, -255, 2**64, -(2**70), True, 3.75, -0.5]
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%#o", "%08.3x", "%-#10x|", "%.5d", "%+.3d", "%#5o", "%i", "%u", "%X",
            "%f", "%.2f", "%10.3e", "%-10g|", "%#g", "%+08.2f", "%s", "%r", "%a", "%5s|", "%.2s", "%-6.3r|"]:
    row = []
    for v in vals:
        try: row.append(fmt % v)
        except Exception as e: row.append(f"{type(e).__name__}:{e}")
    print(fmt, row)
print("%s-%d-%x" % ("item", 42, 42), "%c%c" % (65, "é"), "%(a)s/%(b)05.1f" % {"a": "x", "b": 2.25}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % "😀", "%.1s|" % "😀x", "%3s|" % "😀", "%%|%s" % ("a",))
for bad in [("%d", "x"), ("%x", 1.5), ("%c", 0x110000), ("%z", 1), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", 1), ("%", ())]:
    try: print(bad[0] % bad[1])
    except Exception as e: print(type(e).__name__, e)
# str.format
print("{}/{:>6}/{:<4}".format("abc", 42, "z"), "{0}{1}{0}".format("a", "b"), "{x:{w}}|{y!r:>{w}}".format(x=3, y="q", w=5))
print("{:*^{}}".format("mid", 11), "{0[1]}{0[0]}".format("ab"), "{0.real}".format(3+4j), "{:,}".format(10**12), "{:_x}".format(2**40))
print("{{}}{}".format(1), "{!s:>4}".format(None), "{:}".format(2.5), "{:.3}".format("abcdef"), "{:10.3}|".format(1234.5678), "{!a}".format("é"))
for bad in ["{", "}", "{0}{}", "{}{0}", "{:d}", "{!x}", "{0[}", "{a}"]:
    try: print(bad.format("s"))
    except Exception as e: print(type(e).__name__, e)
class F:
    def __format__(self, spec): return "F<" + spec + ">"
print("{:abc}".format(F()), f"{F():x{1}y}", format(F(), "q"))
class S(str): pass
print(repr("{}".format(S("sub"))), type(f"{S('a')}").__name__, type(format(S("z"), "")).__name__, type(format(S("z"), ">3")).__name__)
# concat & slicing with surrogates
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
    if len(s) > 1000: s = s[500:]
print(len(s), s[-10:], s[:5])
s = "ab"; s += ""; t = "" + s; print(s is t, (s + "") is s, ("" + s) is s)
big = "é" * 100 + "😀" * 10
print(len(big), len(big[50:]), len(big + big), len(big[::-1]), big[100:102] == "😀😀")
print(len(f"{big}{big}"), len(f"{big}-{'😀'}-{big}-{1}"), ascii(f"{'a'}{1:3}{'b'!r}{2.5:.1f}{'c':>3}"))
x = S("sub"); print(type(x + "").__name__, type("" + x).__name__, x + "" == "sub", type(x[:]).__name__, type(x[0:3]).__name__)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\x7f\x00é\u2028😀\ud800"), ascii("é😀"))
print(f"{'abc'!r:.20}", f"{'abc'!r:>8}", f"{1!r}{2.5!r}{None!r}")
# repr variety
for s in ["", "a", "'", '"', "'\"", "a'b", 'a"b', "\\", "x\\y'z", "\x00\x1f\x7f\x80\x9f\xa0\xad", "é€\u200b\u2028\ufeff", "😀\U000e0001\U0010ffff", "\ud800x\udfff", "tab\there", "plain ascii text ok ~!@#$%^&*()"]:
    print(repr(s), ascii(s), len(repr(s)))
# join variants
print(",".join(x for x in "abc"), "-".join(reversed(["a", "b", "c"])), "".join(map(str, range(40))), "|".join(iter([])), "+".join(iter(["solo"])), "".join({"k": 1}))
for bad in [[1], ["a", 2], (None,), iter(["a", b"b"])]:
    try: ",".join(bad)
    except TypeError as e: print("TypeError", e)
try: ",".join(5)
except TypeError as e: print("TypeError", e)
def gen():
    yield "a"; raise ValueError("boom")
try: ",".join(gen())
except ValueError as e: print("ValueError", e)
print(" ".join(str(i) for i in range(100))[-20:])
# replace / str()
print("aaa".replace("a", "b", 2), "aaa".replace("a", "b", count=1), "abc".replace("", "-"), "abc".replace("", "-", 2), "x".replace("x", "y", -1))
for call in [lambda: "a".replace("a"), lambda: "a".replace("a", "b", 1, 2), lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", "c"), lambda: "a".replace(old="a", new="b")]:
    try: print(call())
    except TypeError as e: print("TypeError", e)
class M:
    def __str__(self): return "M!"
print(str(5), str(M()), str("s"), str(b"x"), str(b"x", "ascii"), str(), str(object=3), repr(str(2.5)))
try: str(1, 2, 3, 4)
except TypeError as e: print("TypeError", e)
print("{0}{1}{x}".format(*"ab", x="X"), "{}".format(*[1]), "{0!r:^9}".format("q"))
try: "{2}".format(1)
except IndexError as e: print("IndexError", e)
try: "{x}".format(1)
except KeyError as e: print("KeyError", e)
try: "{0}".format_map({})
except ValueError as e: print("ValueError", e)
print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}))
print("a b  c".split(), "a,b,,c".split(","), "a b c d e f g h i j k l m n o p".split(), len(("x " * 50).split()), "a-b-c".rsplit("-", 1), "  x y ".rsplit())
