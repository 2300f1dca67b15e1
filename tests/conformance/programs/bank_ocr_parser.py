# Parsing a fixed-width text format (digits drawn with pipes and underscores)
DIGITS = {
    ' _ | ||_|': 0, '     |  |': 1, ' _  _||_ ': 2, ' _  _| _|': 3, '   |_|  |': 4,
    ' _ |_  _|': 5, ' _ |_ |_|': 6, ' _   |  |': 7, ' _ |_||_|': 8, ' _ |_| _|': 9,
}
RENDER = {v: k for k, v in DIGITS.items()}
def render(number):
    s = str(number)
    return [''.join(RENDER[int(d)][r * 3:r * 3 + 3] for d in s) for r in range(3)]
def parse(lines):
    n = len(lines[0]) // 3
    out = ''
    for i in range(n):
        cell = ''.join(line[i * 3:i * 3 + 3] for line in lines)
        out += str(DIGITS[cell]) if cell in DIGITS else '?'
    return out
def checksum_ok(acct):
    return '?' not in acct and sum((9 - i) * int(d) for i, d in enumerate(acct)) % 11 == 0
for num in ['123456789', '490067715', '000000051', '888888888']:
    lines = render(num)
    print('\n'.join(lines))
    parsed = parse(lines)
    print(parsed, 'OK' if checksum_ok(parsed) else 'ERR')
broken = render('1234')
broken[1] = broken[1][:4] + '#' + broken[1][5:]
print(parse(broken), checksum_ok(parse(broken)))
