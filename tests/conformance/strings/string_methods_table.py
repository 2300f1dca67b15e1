# A table of string predicates over many inputs
samples = ['', 'a', 'A', 'aA', 'Ab Cd', 'ab cd', '123', '12.5', '-1', 'x_1', ' ', '\t\n', 'ÀÉÎ', 'ǅx', '٣', '½', 'Ⅻ', '𝟘', 'a\u0301', '\x00']
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
print(' ' * 8 + ' '.join(p[2:5] for p in preds))
for s in samples:
    print(f'{ascii(s):<8}' + ' '.join(f'{"T" if getattr(s, p)() else ".":>3}' for p in preds))
