# Every str method with ordinary, edge and bad arguments: results or CPython's exception and message.
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

samples = ["", "a", "Hello World", "  padded\t\n", "ǅungla ﬁ ß", "a\u0301b", "x\U0001F600y", "A1_b2", "12.5", "\u0663\u0664", "line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029", "tab\tsep\tvalues", "ΣΑΣ ΟΔΟΣ"]
methods0 = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdecimal",
            "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "splitlines",
            "strip", "lstrip", "rstrip", "split", "rsplit", "expandtabs"]
for s in samples:
    for m in methods0:
        show(f"{s!r}.{m}()", lambda: getattr(s, m)())

s = "Hello, World, Hello"
calls = [
    ("split", (",",)), ("split", (", ", 1)), ("split", ("",)), ("split", (None, 0)), ("split", (None, -1)), ("split", (1,)),
    ("rsplit", (",", 1)), ("rsplit", (None, 1)), ("rsplit", ("l",)),
    ("splitlines", (True,)), ("splitlines", (False,)),
    ("partition", (", ",)), ("partition", ("zz",)), ("partition", ("",)), ("rpartition", ("Hello",)), ("rpartition", ("q",)),
    ("find", ("o",)), ("find", ("o", 5)), ("find", ("o", 5, 8)), ("find", ("o", -3)), ("find", ("",)), ("find", ("", 100)),
    ("find", ("o", None, None)), ("find", (3,)), ("rfind", ("o",)), ("rfind", ("Hello", 1)),
    ("index", ("World",)), ("index", ("nope",)), ("rindex", ("nope",)), ("rindex", ("l",)),
    ("count", ("l",)), ("count", ("",)), ("count", ("l", 3, -3)), ("count", ("ll", 100)),
    ("replace", ("l", "L")), ("replace", ("l", "L", 2)), ("replace", ("", "-")), ("replace", ("", "-", 3)), ("replace", ("l", "L", -1)), ("replace", ("l",)),
    ("startswith", ("Hell",)), ("startswith", (("x", "He"),)), ("startswith", ("World", 7)), ("startswith", ("o", 4, 5)), ("startswith", (["H"],)), ("startswith", ("",  50)),
    ("endswith", ("Hello",)), ("endswith", (("lo", "x"),)), ("endswith", ("World", 0, 12)), ("endswith", (1,)),
    ("center", (25,)), ("center", (25, "*")), ("center", (4,)), ("center", (20, "ab")), ("ljust", (22, "-")), ("rjust", (22, ".")), ("zfill", (25,)),
    ("strip", ("Hd",)), ("lstrip", ("leH",)), ("rstrip", ("ol",)), ("strip", (None,)), ("strip", (1,)),
    ("removeprefix", ("Hello",)), ("removesuffix", ("Hello",)), ("removeprefix", ("x",)),
    ("encode", ()), ("encode", ("ascii",)), ("encode", ("utf-16",)), ("encode", ("nope",)),
    ("join", (["a", "b"],)), ("join", ([1],)), ("join", ("abc",)),
    ("expandtabs", (4,)), ("expandtabs", (0,)),
    ("format", ("x",)), ("translate", ({72: "J", 111: None},)), ("translate", (str.maketrans("lo", "01"),)),
    ("casefold", ("x",)), ("upper", (1,)), ("ljust", ()), ("zfill", ("5",)), ("center", (5, "")),
]
for m, args in calls:
    show(f"{s!r}.{m}{args!r}", lambda: getattr(s, m)(*args))

for args in [("ab", "cd"), ("abc", "xyz", "q"), ({"a": "b", 98: None},), ({"ab": 1},), ("a",), ("ab", "c"), ({1.5: 2},)]:
    show(f"maketrans{args!r}", lambda: str.maketrans(*args))
show("zfill", lambda: ["-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(2)])
show("tabs", lambda: ["a\tbc\tdef\n\tx".expandtabs(3), "\t".expandtabs(-1)])
show("title", lambda: ["they're bill's", "hello_world 3rd", "ǆx"][0].title())
show("isidentifier", lambda: [x.isidentifier() for x in ["a", "1a", "_", "", "ǅ", "a-b", "℘x"]])
show("mul", lambda: ["ab" * 3, "ab" * 0, "ab" * -1])
show("mul-bad", lambda: "ab" * 1.5)
show("cmp", lambda: ["a" < "b", "a" < "ab", "\U0001F600" > "\uffff", "B" < "a"])
show("cmp-bad", lambda: "a" < 1)
show("contains", lambda: ["" in "a", "bc" in "abcd", "x" in ""])
show("contains-bad", lambda: 1 in "a")
show("getitem", lambda: ["x\U0001F600y"[1], "abc"[-1], "abcdef"[::2], "abcdef"[::-1], "abcdef"[4:1:-1], "x\U0001F600y"[::-1]])
show("getitem-bad", lambda: "abc"[3])
show("getitem-type", lambda: "abc"["a"])
show("len", lambda: [len(x) for x in samples])
show("str-new", lambda: [str(), str(1), str(b"ab"), str(b"ab", "ascii"), str(b"\xff", "utf-8", "replace"), str(object=5)])
show("str-new-bad", lambda: str(b"\xff", "utf-8"))
show("str-errors", lambda: str("x", errors="strict"))
show("mod", lambda: "%s %r %a %d %5.2f %-5s| %c %c %x %o %e %%" % ("s", "r", "é", 42, 3.14159, "ab", 65, "z", 255, 8, 12345.678))
show("mod-bad", lambda: "%d" % "x")
show("mod-few", lambda: "%s %s" % ("a",))
show("mod-many", lambda: "%s" % ("a", "b"))
show("mod-dict", lambda: "%(a)s-%(b)05d" % {"a": 1, "b": 2})
