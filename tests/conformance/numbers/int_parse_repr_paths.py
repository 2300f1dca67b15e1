# int(text) parses through spans and a stack buffer, int reprs of small ints are shared (h/alloc):
# every result and error must stay CPython's.
for t in ["12", " 42 ", "\t-7\n", "+0", "0", "00", "1_000", "1__0", "_1", "1_", "", " ", "0x1f", "0b101", "0o17", "12" * 40, "9" * 19, "9" * 20, "-" + "9" * 19, "١٢", "1.5", "abc", "\u20001\u2000"]:
    for b in (10, 0, 16):
        try:
            print(repr(t), b, int(t, b))
        except ValueError as e:
            print(repr(t), b, "ValueError", e)
for i in range(-7, 260, 7):
    print(str(i), repr(i), end=" ")
print(str(-5), str(256), str(257), str(-6), str(10**20), str(-(2**63)), str(2**63-1), len(str(2**63)))
class I(int): pass
print(repr(I(5)), str(I(300)), type(str(I(5))).__name__, str(True), repr(False))
