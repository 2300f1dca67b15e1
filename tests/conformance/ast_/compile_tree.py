# compile() of ast trees: running them, transforming them, and CPython's errors for malformed trees.
import ast

tree = ast.parse("""
def f(a, b=2, *args, c, **kw):
    total = a + b + sum(args) + c
    for k in sorted(kw):
        total += kw[k]
    return total
print(f(1, c=3, z=10), [x * 2 for x in range(3)], {1: 'a'}.get(1))
class K:
    def m(self): return 'm'
print(K().m())
""")
exec(compile(tree, "<tree>", "exec"))

expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<e>", "eval")))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t = ast.parse("print(1 + 2, 'x')")
t = Doubler().visit(t)
exec(compile(t, "<t>", "exec"))

# tuple and frozenset constants are allowed in trees
e = ast.fix_missing_locations(ast.Expression(ast.Constant((1, 2, (3,)))))
print(eval(compile(e, "<c>", "eval")))

def err(tree, mode="exec"):
    try:
        compile(tree, "<err>", mode)
        print("compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

err(ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]))
err(ast.Module(body=[ast.Expr(value=ast.Constant(1), lineno=1, col_offset=0)], type_ignores=[]), "eval")
m = ast.parse("x = 1")
m.body[0].value = ast.Name("x", ast.Store(), lineno=1, col_offset=4)
err(m)
m = ast.parse("x = 1")
m.body[0].targets[0] = ast.Constant(3, lineno=1, col_offset=0)
err(m)
m = ast.parse("x = 1")
m.body[0].value = "not a node"
err(m)
m = ast.parse("x = 1")
m.body[0].targets = None
err(m)
m = ast.parse("def f(): pass")
m.body[0].body = []
err(m)
m = ast.parse("f(x)")
m.body[0].value.args[0] = ast.Constant(object(), lineno=1, col_offset=2)
try:
    compile(m, "<err>", "exec")
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
m = ast.parse("x")
m.body[0].value.id = 3
err(m)
m = ast.parse("a < b")
m.body[0].value.comparators = []
err(m)
m = ast.parse("x = 1")
del m.body[0].value
err(m)
print(compile(ast.parse("1"), "<x>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
