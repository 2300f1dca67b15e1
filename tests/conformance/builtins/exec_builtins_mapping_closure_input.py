# reference: CPython 3.14
import types, sys, io
code = compile("superglobal", "test", "eval")
print(eval(code, {'__builtins__': types.MappingProxyType({'superglobal': 1})}))
try:
    eval(code, {'__builtins__': types.MappingProxyType({})})
except NameError as e:
    print("NameError", e)
try:
    exec(compile("print('hi')", "", "exec"), {'__builtins__': 123})
except TypeError as e:
    print("TypeError", e)
try:
    exec("import foo.bar", {'__builtins__': types.MappingProxyType({})})
except ImportError as e:
    print("ImportError", e)
ns = {'__builtins__': types.MappingProxyType({'__import__': lambda *args: args})}
exec("import foo.bar", ns)
print(ns['foo'][0], ns['foo'][3:])
try:
    exec("class A: pass", {'__builtins__': {}})
except NameError as e:
    print("NameError", e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
for g in [setonlydict({'globalname': 1}), {'__builtins__': setonlydict({'superglobal': 1})}]:
    try:
        exec("globalname; superglobal", g)
    except setonlyerror:
        print("setonlyerror")
ns = {'__builtins__': types.MappingProxyType({}), 'x': iter([1, 2])}
try:
    eval("x.__reduce__()", ns)
except AttributeError as e:
    print("AttributeError", e)
ns = {'__builtins__': types.MappingProxyType({'iter': iter}), 'x': iter([1, 2])}
print(eval("x.__reduce__()", ns))
# functions defined under a mapping builtins see it
ns = {'__builtins__': types.MappingProxyType({'len': lambda x: 42})}
exec("def f(): return len('abc')", ns)
print(ns['f']())
# exec with a closure
def outer():
    a, b = 1, 2
    def inner():
        return a + b
    return inner
inner = outer()
exec(inner.__code__, inner.__globals__, closure=inner.__closure__)
for bad in [None, (), (1, 2), [c for c in inner.__closure__]]:
    try:
        exec(inner.__code__, {}, closure=bad)
    except TypeError as e:
        print("TypeError", e)
try:
    exec(compile("1", "", "exec"), {}, closure=inner.__closure__)
except TypeError as e:
    print("TypeError", e)
try:
    exec("1", {}, closure=inner.__closure__)
except TypeError as e:
    print("TypeError", e)
try:
    eval(inner.__code__)
except TypeError as e:
    print("TypeError", e)
# module code made into a function uses its globals as locals
g = {'y': 5}
f = types.FunctionType(compile("x = y * 2", "m", "exec"), g)
f()
print(g['x'])
# input() with odd streams
class W:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s)
old = sys.stdin, sys.stdout
sys.stdin = io.StringIO("line one\nlast")
w = W(); sys.stdout = w
a = input("prompt> "); b = input(); 
try:
    input()
except EOFError as e:
    c = str(e)
sys.stdin, sys.stdout = old
print(a, b, c, w.out)
class R:
    def readline(self): return 5
sys.stdin = R()
try:
    input()
except TypeError as e:
    print("TypeError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = old[0]
class RB:
    def __init__(self): self.n = 0
    def readline(self):
        self.n += 1
        return b"bytes\n" if self.n == 1 else b""
sys.stdin = RB()
print(input())
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = old[0]
