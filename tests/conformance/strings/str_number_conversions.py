# Converting between strings and numbers in bulk
nums = ['0', '-17', '  42 ', '3.14', '1e3', '0x1f', '1_000', 'inf', 'nan', 'abc', '', '١٢', '12abc']
for s in nums:
    out = []
    for conv in (int, float, complex):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append('ValueError')
    print(repr(s), out)
print([str(x) for x in [1, -1, 1.0, 1.5, 1e16, 1e-5, 1 + 2j, 10**21, 0.1 + 0.2]])
print(int('0x1f', 16), int('1f', 16), int('0b11', 2), int('11', 2), float('0x1p4'.replace('0x1p4', '16')), float.fromhex('0x1p4'))
print('%d %s %r %.1f' % (42, 42, '42', 42), f'{42:06.2f}', format(0.1, '.20f'))
