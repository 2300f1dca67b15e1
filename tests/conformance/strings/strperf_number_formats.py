# format() of ints, floats and complex over a matrix of specs; hex/oct/bin; chr; f-string fields
# (the fast paths that format numbers straight into one buffer must match CPython exactly)
import sys
vals = [0, 1, -1, 7, -42, 255, 1234567, -9876543210, 2**63, -2**63, 2**64 + 5, -(10**30) - 7, 10**25]
specs = ["", "d", "05d", "+d", " d", "x", "X", "#x", "#X", "#o", "b", "#b", ",", "_", "_x", "_b", ",d", "020,d", "=+12d", "^15", "<8", ">8",
         "*^12", "0=10", "08X", "#012x", "n", "c", "e", ".3f", "%", "10.2%", "G", "-^#20_x", "z", ".2"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(v, row)
fvals = [0.0, -0.0, 1.5, -2.25, 3.14159, 1e16, 1.5e-7, 123456789.125, float('inf'), float('-nan'), 2.5, 0.125, 1e300, 5e-324, -1234.5678]
fspecs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2e", "+.3g", " g", "e", "E", ".3%", "%", ",.2f", "_.2f", "020,.2f", "z.1f", "#.0f", "#g", ".10g", "r" , "*>15,.3f", "012.4F", ".3n", "10", ".1"]
for v in fvals:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(v, row)
for c in [1+2j, -0.0-1j, 1.5e20+3j, complex(0, 0)]:
    print(repr(c), str(c), format(c, ""), format(c, ".2f"), format(c, "^20.3e"), format(c, "*<30"), format(c, "+g"))
for v in [0, 1, -1, 255, -256, 2**70, -(2**70)+3, 12345678901234567890]:
    print(hex(v), oct(v), bin(v))
for i in [0, 65, 255, 256, 0x394, 0xd800, 0xdfff, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(i); print(i, len(c), ascii(c), c == chr(i), ord(c))
for bad in [-1, 0x110000, 2**70]:
    try: chr(bad)
    except Exception as e: print(type(e).__name__, e)
# f-strings
i = 42; x = 3.5; s = "héllo"
print(f"{i:05d}:{x:.2f}:{hex(i)}", f"{s!r:.20}", f"{s:>10}|{s:<10}|{s:^11}", f"{s:.2}", f"{'ab':*^7}", f"{i!r:>5}{x!s:<6}|")
print(f"{i}{x}{s}{i}{x}{s}", f"{'':>3}|", f"{'😀':>4}|{'😀x':.1}|", len(f"{'😀':>4}"), len(f"{'😀':.5}"))
w, p = 10, 3
print(f"{x:{w}.{p}f}|{i:{'>'}{w}}|")
for spec in ["s", "d", "x>5", "10.3", "=5", "+", " ", "#", "z", ",", "10,"]:
    try: print(repr(format("abc", spec)))
    except Exception as e: print(type(e).__name__, e)
