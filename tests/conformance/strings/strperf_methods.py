# lower/upper (ASCII and not), startswith/endswith/count/find with and without bounds and with surrogate pairs:
# the vectorised fast paths must agree with the code-point semantics.
for s in ["", "abc", "ABC", "MiXeD 123", "héllo WORLD", "ǅungla", "straße", "İstanbul", "ﬁx", "😀a", "a😀B", "Σίσυφος", "x" * 100 + "Y", "y" * 100 + "é"]:
    print(repr(s.lower()), repr(s.upper()))
for s, subs in [("a quick brown fox", ["", "a", "q", "a q", "fox", "x", "quick"]), ("😀x😀", ["😀", "x", "\ud83d", "\ude00", "😀x", "x😀", ""]), ("\ud83dabc", ["\ud83d", "\ud83da", "c"])]:
    for sub in subs:
        print(repr(sub), s.startswith(sub), s.endswith(sub), s.count(sub), s.startswith(sub, 1), s.endswith(sub, 0, 2), s.find(sub), s.rfind(sub), s.startswith((sub, "zz")))
print("banana".count("a"), "banana".count("a", 2), "banana".count("a", 2, 4), "banana".count("an"), "aaa".count(""), "a😀a😀".count("😀"), "a😀a".count("a", 1))
for bad in [lambda: "a".startswith(1), lambda: "a".endswith(["a"]), lambda: "a".count(1), lambda: "a".startswith(("a", 1)), lambda: "a".startswith()]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
