# A matrix of values x format specs through f-strings
values = [0, 7, -7, 255, 3.14159, -2.5, 1e10, 0.000123, True, 'text']
specs = ['', '>8', '<8', '^8', '08', '+', ',', '.2f', '.3e', 'x', 'b', '%', '.3g', 's']
for v in values:
    cells = []
    for spec in specs:
        try:
            cells.append(f'{v:{spec}}')
        except (ValueError, TypeError) as e:
            cells.append('E:' + type(e).__name__)
    print(repr(v), '|'.join(cells))
