# Case conversion and classification methods
words = ['hello', 'WORLD', 'Title Case', 'mIxEd', 'snake_case', "it's a dog's life", '123abc', '', 'ß', 'ǆemal', 'ÉCOLE']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
tests = ['abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '  ', '\t\n', '', 'a b', 'Hello World', 'Hello world', '_x', 'x1', 'ⅷ', '²']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print('\x00'.isprintable(), 'é'.isprintable(), '\n'.isprintable())
