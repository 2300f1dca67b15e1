# SyntaxErrors of PEP 695/696 type parameter lists, type statements and their scopes
cases = [
    "def f[T=int, U](): pass",
    "def f[T=int, *Ts](): pass",
    "class C[T=int, **P]: pass",
    "type A[T=int, U] = int",
    "def f[T, T](): pass",
    "class C[T, *T]: pass",
    "def f[T: (yield)](): pass",
    "def f[T = (yield)](): pass",
    "def f[T: (x := 1)](): pass",
    "def f[T: (x := 1, int)](): pass",
    "def f[*Ts = (yield)](): pass",
    "def f[**P = (yield)](): pass",
    "type A = (yield)",
    "type A[T] = (x := 1)",
    "class C[T]((yield)): pass",
    "def f[T = [(z := 1) for q in range(1)]](): pass",
    "type A = [(z := 1) for q in range(1)]",
    "class A[T]: [(z := 1) for q in T]",
    "def f[T](): nonlocal T",
    "class C[T]:\n    def f[U](self): nonlocal T",
    "def f[](): pass",
    "def f[*Ts: int](): pass",
    "def f[**P: int](): pass",
    "type A[T] = T\ntype B = A[int]",
    "def f[T: int = str, U: (int, str) = int](): pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
