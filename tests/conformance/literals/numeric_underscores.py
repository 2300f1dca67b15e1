# Numeric literal edge cases parsed via eval
cases = ["1_000", "0x_ff", "0b1_0", "1_0.0_1", "1e1_0", "0_0", "00", "0.", ".0", "1e+3", "1E-3",
         "1__0", "1_", "0x", "0b2", "0o8", "09", "1.e5", "1_000j", "0xg"]
for c in cases:
    try:
        v = eval(c)
        print(c, '->', repr(v))
    except SyntaxError as e:
        print(c, '-> SyntaxError')
print(0xFF == 255, 0o377 == 255, 0b11111111 == 255)
print(1e0, 1e-0, 1.0e+0)
print(int(1e10), int(-1.9), int(1.9), round(2.675, 2))
print(10**-1, 10**0, (-2)**3, (-8)**(1/3) == (-8)**(1/3))
