# inspect: signatures and parameters, predicates, getmembers, unwrap, getdoc, cleandoc, classify.
import inspect
import functools

def f(a, b: int = 1, /, c=2, *args, d, e: "str" = "x", **kw) -> bool:
    """Doc of f.

    More."""
    return True

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.kind.description, p.default is p.empty, p.annotation)
print(sig.return_annotation, str(sig.replace(return_annotation=inspect.Signature.empty)))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(lambda x, *, y=3: None))

class A:
    """Class A."""
    attr = 1
    def method(self, x, y=2): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w): pass
    @property
    def prop(self): return 5
    def __init__(self, q, r=0): self.q = q

print(inspect.signature(A), inspect.signature(A.method), inspect.signature(A(1).method), inspect.signature(A.cm), inspect.signature(A.sm))
print(inspect.isfunction(f), inspect.isfunction(A.method), inspect.ismethod(A().method), inspect.isclass(A), inspect.ismodule(inspect))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.isgeneratorfunction(f))

def gen():
    yield 1
async def co():
    pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(co))
c = co()
print(inspect.iscoroutine(c), inspect.getcoroutinestate(c))
c.close()
g = gen()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g))

print([n for n, _ in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(A, inspect.isfunction)])
print(inspect.getdoc(f))
print(inspect.getdoc(A), repr(inspect.cleandoc("  a\n    b\n  c")))
print(inspect.getmro(bool))

@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper))
print(inspect.getfullargspec(f))
print(inspect.getattr_static(A, 'prop').__class__.__name__, inspect.getattr_static(A(1), 'attr'))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
try:
    inspect.Parameter('1x', inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)
print(inspect.getcallargs(f, 1, d=2))
print([a.name for a in inspect.classify_class_attrs(A) if a.name in ('cm', 'sm', 'prop', 'method', 'attr')])
print([a.kind for a in inspect.classify_class_attrs(A) if a.name in ('cm', 'sm', 'prop', 'method', 'attr')])
print(inspect.getmodule(f).__name__, inspect.isabstract(A), inspect.isdatadescriptor(A.__dict__['prop']))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame)[2])
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
