# inspect.getsource & co (they tokenize the file with tokenize, which needs _tokenize.TokenizerIter).
import inspect
import io
import tokenize

# A comment about f.
def f(a,
      b=2):
    """Doc."""
    return [x for x in (a, b)
            if x]  # trailing

class Outer:
    x = 1

    @staticmethod
    def method(self):
        s = f"{self!r:>{10}} and {{braces}}"
        return s

    class Inner:
        pass

g = lambda y: y * 2

print(inspect.getsource(f), end="")
print(inspect.getsource(Outer.method), end="")
print(inspect.getsource(Outer.Inner), end="")
print(inspect.getsource(g), end="")
lines, start = inspect.getsourcelines(Outer)
print(start, len(lines), lines[0], end="")
print(repr(inspect.getcomments(f)))
print(inspect.getfile(f).endswith("inspect_source.py"), inspect.getsourcefile(f) == inspect.getfile(f))

src = 'x = 1  # c\nif x:\n    y = f"a{x!r}b{{c}}{x:{x}}"\n\n'
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
for t in tokenize.tokenize(io.BytesIO(b"a = 'b'\n").readline):
    print(tokenize.tok_name[t.exact_type], repr(t.string))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("def g( a ):\n  return a\n").readline)), end="")
import ast
t = ast.parse('def f():\n    """First.\n\n        Indented.\n    """\n')
print(repr(ast.get_docstring(t.body[0])), repr(ast.get_docstring(t.body[0], clean=False)))
