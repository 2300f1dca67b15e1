# reference: CPython 3.14
import warnings
warnings.simplefilter("always")
def show(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e)
        for x in w:
            print(x.category.__name__, x.message, x.lineno)
for src in ["x is 1", "x is not 'a'", "1 is x", "x is None", "x is True", "x is ...", "x is b'a'",
            "x is 1.5", "x is 2j", "a < b is 3", "x is -1", "x is ()", "x is (1, 2)",
            "if x is 1: pass", "if a < b is 3: pass", "x is 2 ** 8", "x is (1, -2.5, (3,))", "x is (a, 1)",
            "[1, 2] (3, 4)", "(1, 2) (3)", "'abc' (1)", "1 (2)", "None ()", "f'{x}' ()", "{1: 2} ()",
            "[x for x in y] ()", "{1} ()", "(x for x in y) ()", "x.y (1)", "f (1)",
            "1 [2]", "None [0]", "{1} [0]", "(x for x in y) [0]", "(lambda: 1) [0]", "True [0]", "2.5 [0]",
            "[1, 2] [3, 4]", "'abc' [1.5]", "(1, 2) ['a']", "[1] [None]", "'abc' [1]", "[1, 2] [x]",
            "[1] [1:2]", "'a' [True]", "f'{x}' [()]", "[1][{}]", "x[1, 2]",
            "assert (x, 'msg')", "assert ()", "assert x, 'msg'",
            "del [1, 2] [3, 4]", "[1, 2] [3, 4] = 5"]:
    print(repr(src))
    show(src)
warnings.simplefilter("error")
try:
    compile("x is 1", "<err>", "exec")
except SyntaxError as e:
    print("as error:", e.msg, e.lineno, e.offset)
