# nonlocal and global declarations
g = 'global'
def read_global(): return g
def write_global():
    global g
    g = 'rewritten'
print(read_global()); write_global(); print(g)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    mid()
    return x
print(outer())
def shadow():
    g = 'local'
    def inner():
        global g
        return g
    return inner(), g
print(shadow())
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    g = 1
unbound_local()
for src in ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print(isinstance(UnboundLocalError(), NameError))
