# tokenize.generate_tokens / tokenize.tokenize: the token stream (types by name: numbering differs between versions).
import io
import tokenize
from tokenize import tok_name

def show(src):
    print(repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print('  %-9s %-8s %r %s %s %r' % (tok_name[t.type], tok_name[t.exact_type], t.string, t.start, t.end, t.line))
    except (tokenize.TokenError, SyntaxError) as e:
        print('  ', type(e).__name__, e.args)

show('def f(a, b=1):\n    # c\n    return a + b  # x\n\nx = [1,\n  2]\ny = """ab\ncd""" + \\\n  3\n')
show('if x:\n  y')
show('x = 0x1f + 1_000.5e-3j + .5 + 1. + 0o7_7 + 0b1 + 1e5 + 3J\n')
show('a **= b // c ... -> d := e != f @ g\n')
show("s = '''x\n'y'\n'''\nt = 'a\\\nb'\n")
show('class A:\n    def f(self):\n        pass\n\n    x = 1\n# end\n')
show('x = [\n  1, # one\n\n  2]\n')
show('é = ñ\r\nu = rb"x" + Rb"\\""\r\n')
show('# only comment')
show('x = (1,\n')
show('a = "abc\n')
show('s = """abc\n')
show('x = 1 \\\n')
show('x = \\ y\n')
show('if a:\n    b\n  c\n')
src = b'# -*- coding: latin-1 -*-\nx = "\xe9"\n'
for t in tokenize.tokenize(io.BytesIO(src).readline):
    print(tok_name[t.type], repr(t.string), t.start, t.end)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO('x  =  (1,2)\n').readline)))
