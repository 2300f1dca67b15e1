"""A small tokenizer, parser and tree-walking interpreter for arithmetic programs."""


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    tokens.append(("eof", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return stmts

    def statement(self):
        name = self.next()[1]
        self.next()  # '='
        expr = self.expr()
        self.next()  # ';'
        return ("assign", name, expr)

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in (("op", "*"), ("op", "%")):
            op = self.next()[1]
            node = (op, node, self.atom())
        return node

    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            return ("var", val)
        node = self.expr()
        self.next()  # ')'
        return node


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    return a % b


def run(stmts, env):
    for _, name, expr in stmts:
        env[name] = evaluate(expr, env)
    return env


SOURCE = """
a = 1;
b = 2;
c = (a + b) * 7 % 1000;
d = c * c - a * (b + 3) % 97;
e = (d + c) % 10007 + a * b * c;
a = e % 1000 + 1;
b = (a * 3 + d) % 9973;
"""


def main():
    total = 0
    for i in range(2400):
        tokens = tokenize(SOURCE * 4)
        stmts = Parser(tokens).program()
        env = {"a": i}
        for _ in range(20):
            run(stmts, env)
        total += env["e"] % 1000
    print("interpreter", total, len(tokens))


main()
