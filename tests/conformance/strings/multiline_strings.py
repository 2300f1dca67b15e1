# Triple-quoted strings, dedenting manually, line handling
text = """\
First line
    indented line
Last line"""
print(text)
print(text.splitlines())
lines = [l.strip() for l in text.splitlines()]
print(lines)
import textwrap
doc = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(doc)))
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, width=30))
print(textwrap.indent('a\nb\n', '> '), end='')
print(textwrap.shorten('Hello world, this is a long sentence', width=20))
raw = r"""C:\new\table"""
print(raw, len(raw))
print('''It's "quoted"''', """It's 'also' fine""")
