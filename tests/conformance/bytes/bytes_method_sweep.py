# reference: CPython 3.14
# Every bytes and bytearray method with ordinary, edge and bad arguments.
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for T in (bytes, bytearray):
    samples = [T(b""), T(b"a"), T(b"Hello World"), T(b"  pad\t\n"), T(b"A1_b2"), T(b"\x00\xff\x80"), T(b"l1\nl2\r\nl3\rl4")]
    for s in samples:
        for m in ["capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit", "islower",
                  "isspace", "istitle", "isupper", "splitlines", "strip", "lstrip", "rstrip", "split", "rsplit", "hex", "decode"]:
            show(f"{T.__name__}({bytes(s)!r}).{m}()", lambda: getattr(s, m)())
    s = T(b"Hello, World, Hello")
    calls = [
        ("split", (b",",)), ("split", (b", ", 1)), ("split", (b"",)), ("split", (None, 1)), ("split", ("x",)), ("rsplit", (b"l", 2)),
        ("partition", (b", ",)), ("partition", (b"zz",)), ("rpartition", (b"Hello",)), ("partition", (b"",)),
        ("find", (b"o",)), ("find", (111,)), ("find", (b"o", 5, 8)), ("find", (300,)), ("find", ("o",)), ("rfind", (b"l",)),
        ("index", (b"World",)), ("index", (b"nope",)), ("rindex", (b"nope",)), ("count", (b"l",)), ("count", (108,)), ("count", (b"",)),
        ("replace", (b"l", b"L")), ("replace", (b"l", b"L", 2)), ("replace", (b"", b"-")), ("replace", ("l", "L")),
        ("startswith", (b"Hell",)), ("startswith", ((b"x", b"He"),)), ("startswith", ("H",)), ("endswith", (b"Hello",)), ("endswith", ([b"lo"],)),
        ("center", (25,)), ("center", (25, b"*")), ("center", (25, "*")), ("ljust", (22, b"-")), ("rjust", (22, b".")), ("zfill", (25,)),
        ("strip", (b"Hd",)), ("lstrip", (b"leH",)), ("rstrip", (b"ol",)), ("strip", ("H",)),
        ("removeprefix", (b"Hello",)), ("removesuffix", (b"Hello",)),
        ("decode", ("ascii",)), ("decode", ("utf-16",)), ("decode", ("nope",)),
        ("join", ([b"a", bytearray(b"b"), b"c"],)), ("join", (["a"],)), ("join", ([1],)),
        ("expandtabs", (4,)), ("hex", (":",)), ("hex", (":", 2)), ("hex", (":", -2)), ("hex", ("::",)), ("hex", (b"-", 3)),
        ("translate", (bytes.maketrans(b"lo", b"01"),)), ("translate", (None, b"lo")), ("translate", (b"short",)),
        ("isalpha", (1,)), ("ljust", ()), ("title", ()), ("count", ()),
    ]
    for m, args in calls:
        show(f"{T.__name__}.{m}{args!r}", lambda: getattr(s, m)(*args))
    show(f"{T.__name__}.fromhex", lambda: [T.fromhex("de ad be ef"), T.fromhex(""), T.fromhex(" 0a")])
    show(f"{T.__name__}.fromhex-bad", lambda: T.fromhex("abc"))
    show(f"{T.__name__}.fromhex-bad2", lambda: T.fromhex("zz"))
    show(f"{T.__name__}.maketrans-bad", lambda: T.maketrans(b"ab", b"c"))
    show(f"{T.__name__}-new", lambda: [T(3), T([1, 2]), T("é", "utf-8"), T(b"ab"), T(memoryview(b"xy")), T(range(3))])
    show(f"{T.__name__}-new-bad1", lambda: T("abc"))
    show(f"{T.__name__}-new-bad2", lambda: T([256]))
    show(f"{T.__name__}-new-bad3", lambda: T(-1))
    show(f"{T.__name__}-new-bad4", lambda: T(1.5))
    show(f"{T.__name__}-new-bad5", lambda: T(b"x", "utf-8"))
    show(f"{T.__name__}-index", lambda: [s[0], s[-1], s[1:4], s[::-3]])
    show(f"{T.__name__}-index-bad", lambda: s[100])
    show(f"{T.__name__}-mod", lambda: T(b"%s %d %x %c %r %a %5.1f %%") % (b"ab", 3, 255, 65, b"q", "é", 2.25))
    show(f"{T.__name__}-mod-bad", lambda: T(b"%s") % "str")
    show(f"{T.__name__}-join-mv", lambda: s.join([memoryview(b"c"), b"d"]))
    show(f"{T.__name__}-concat", lambda: [s + b"!", s + bytearray(b"?"), b"x" * 3, T(b"ab") * 2])
    show(f"{T.__name__}-concat-bad", lambda: s + "x")
    show(f"{T.__name__}-cmp", lambda: [T(b"a") < b"b", T(b"a") == bytearray(b"a"), T(b"a") == "a"])
    show(f"{T.__name__}-contains", lambda: [104 in T(b"h"), b"el" in s, 300 in s])

ba = bytearray(b"hello")
ops = [
    ("append", lambda: ba.append(33)), ("append-bad", lambda: ba.append(256)), ("append-bad2", lambda: ba.append("x")),
    ("extend", lambda: ba.extend(b" world")), ("extend-iter", lambda: ba.extend(range(65, 68))), ("extend-bad", lambda: ba.extend([1, "x"])),
    ("insert", lambda: ba.insert(0, 62)), ("insert-neg", lambda: ba.insert(-100, 60)), ("pop", lambda: ba.pop()), ("pop0", lambda: ba.pop(0)),
    ("pop-bad", lambda: bytearray().pop()), ("remove", lambda: ba.remove(111)), ("remove-bad", lambda: ba.remove(7)),
    ("reverse", lambda: ba.reverse()), ("setitem", lambda: ba.__setitem__(0, 90)), ("setitem-bad", lambda: ba.__setitem__(0, 999)),
    ("setslice", lambda: ba.__setitem__(slice(1, 3), b"XYZW")), ("setslice-ext", lambda: ba.__setitem__(slice(None, None, 2), b"ab")),
    ("delitem", lambda: ba.__delitem__(slice(0, 2))), ("clear", lambda: ba.copy().clear()), ("copy", lambda: ba.copy()),
    ("iadd", lambda: ba.__iadd__(b"++")), ("imul", lambda: ba.__imul__(2)), ("state", lambda: ba),
    ("alloc", lambda: ba.__alloc__() >= len(ba)), ("resize-hash", lambda: hash(ba)),
]
for name, fn in ops:
    show("bytearray." + name, fn)
show("bytes-hash", lambda: hash(b"abc") == hash(b"abc"))
show("mv", lambda: [memoryview(b"abcdef")[1:4].tobytes(), memoryview(b"abcd").tolist(), memoryview(bytearray(b"ab")).readonly])
