# The ast module's helpers on top of _ast: dump, unparse, literal_eval, walk, visitors, docstrings,
# locations, and the node classes' constructor, pickling and copying.
import ast
import copy

src = '''
"""Module doc."""
import os
def f(x, y=2):
    """Function doc.

        Indented.
    """
    return x ** y + len(os.sep)
class C:
    "Class doc"
    z = [i for i in range(3) if i]
'''
tree = ast.parse(src)
print(ast.dump(tree.body[2], indent=2))
print(ast.dump(tree.body[2].body[1], include_attributes=True))
print(ast.unparse(tree))
# (clean=True imports inspect, which needs tokenize and codecs: see stdlib_intro/inspect_source.py)
print(ast.get_docstring(tree, clean=False), '|', ast.get_docstring(tree.body[2], clean=False))
print(ast.get_docstring(tree.body[3], clean=False))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(ast.get_source_segment(src, tree.body[2].body[1].value))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
    def visit_Import(self, node):
        return None
print(ast.unparse(Rename().visit(ast.parse("a = b + c\nimport sys\nprint(a)"))))

t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 10)
print([(n.lineno, n.end_lineno) for n in t.body])
e = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
ast.fix_missing_locations(e)
print(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset, e.left.lineno)

for s in ["1", "-2.5", "'s'", "b'b'", "(1, [2], {3: 4}, {5})", "1+2j", "-(1)" , "None", "...", "set()"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as exc:
        print("ValueError", str(exc).split(':')[0])
print(ast.literal_eval(ast.Constant(42)))

# node classes
print(ast.BinOp._fields, ast.BinOp.__match_args__, ast.expr._attributes, ast.Name._field_types)
print(ast.FunctionDef._field_types['returns'], ast.FunctionDef._field_types['body'])
print(ast.arguments().args, ast.arguments().vararg, ast.Name('x').ctx.__class__.__name__)
n = ast.Name('x', ast.Load(), lineno=3, col_offset=4)
print(n.id, n.lineno, n.col_offset, n.end_lineno)
for make in (lambda: ast.Name('a', ast.Load(), 'extra'), lambda: ast.Name('a', id='b')):
    try:
        make()
    except TypeError as exc:
        print("TypeError", exc)
print(n.__reduce__()[1], sorted(n.__reduce__()[2]))
m = copy.copy(tree.body[2])
print(ast.dump(m) == ast.dump(tree.body[2]), m.body is tree.body[2].body)
c = copy.deepcopy(tree)
print(ast.dump(c) == ast.dump(tree), c.body[0] is not tree.body[0])
print(isinstance(ast.Add(), ast.operator), issubclass(ast.AsyncFunctionDef, ast.stmt), ast.Load.__doc__, ast.cmpop.__doc__)
print(ast.Constant.__doc__, ast.comprehension.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
match ast.parse("f(1)").body[0].value:
    case ast.Call(ast.Name(id=name), [ast.Constant(value=v)]):
        print("matched", name, v)
print(ast.Module.__module__, ast.AST.__name__, ast.Pass().__dict__)
