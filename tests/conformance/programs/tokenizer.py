# A tiny tokenizer and recursive-descent calculator
import re
TOKEN = re.compile(r'\s*(?:(\d+\.\d*|\d+)|(\*\*|[-+*/()%])|([A-Za-z_]\w*))')
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f'bad character {src[pos]!r} at {pos}')
        num, op, name = m.groups()
        if num: out.append(('NUM', float(num) if '.' in num else int(num)))
        elif op: out.append(('OP', op))
        else: out.append(('NAME', name))
        pos = m.end()
    out.append(('EOF', None))
    return out
class Parser:
    def __init__(self, tokens, env):
        self.t, self.i, self.env = tokens, 0, env
    def peek(self): return self.t[self.i]
    def take(self):
        tok = self.t[self.i]; self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (('OP', '+'), ('OP', '-')):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[0] == 'OP' and self.peek()[1] in '*/%':
            op = self.take()[1]
            r = self.power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek() == ('OP', '**'):
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek() == ('OP', '-'):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == 'NUM': return val
        if kind == 'NAME':
            if val not in self.env: raise NameError(f'unknown variable {val}')
            return self.env[val]
        if (kind, val) == ('OP', '('):
            v = self.expr()
            if self.take() != ('OP', ')'): raise SyntaxError('expected )')
            return v
        raise SyntaxError(f'unexpected {kind} {val!r}')
def calc(src, **env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek()[0] != 'EOF': raise SyntaxError('trailing input')
    return v
print(tokenize('3 + x*(2 - 1.5)'))
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '17 % 5', 'x * x + y', '((((7))))', '1 +', '2 $ 3', 'z + 1', '(1']:
    try:
        print(src, '=', calc(src, x=3, y=0.5))
    except (SyntaxError, NameError) as e:
        print(src, '->', type(e).__name__, e)
