# Imaginary literals and complex construction
zs = [1j, 2J, 3.5j, 1 + 2j, -1 - 1j, 0j, 1e3j, 1_0j, complex(1, 2), complex("3+4j"),
      complex("-2.5j"), complex(" 7 "), complex(2), complex("1e2-1e1j")]
for z in zs:
    print(repr(z), z.real, z.imag, type(z).__name__)
print((1 + 2j) * (3 - 1j), (1 + 2j) + 3, (4 + 2j) / 2, (1 + 1j) ** 2)
print(abs(3 + 4j), (3 + 4j).conjugate(), -(1 + 1j))
print(1j * 1j, (2j) ** 2, 1j == complex(0, 1), (1 + 0j) == 1)
for bad in ["1+", "j1", "1 + 2j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError", e)
print(complex(0.0, -0.0), complex(-0.0, 0.0))
