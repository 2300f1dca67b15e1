# Code objects compare by content (code_richcompare): name, counts, flags, bytecode, constants by
# type and value; the file name does not count.
a = compile("pass", "<input>", "single", 0x200); b = compile("pass", "<input>", "single", 0x200)
print(a == b, hash(a) == hash(b))
c = compile("x = 1", "<input>", "exec"); d = compile("x = 2", "<input>", "exec")
print(c == d, compile("x=1","f","exec") == compile("x=1","g","exec"))
def f(): return 1
def g(): return 1
print(f.__code__ == g.__code__)
x = compile("a = (1, 0.0, 'x')", "f", "exec"); y = compile("a = (1, -0.0, 'x')", "f", "exec"); z = compile("a = (1, 0.0, 'x')", "g", "exec")
print(x == y, x == z, hash(x) == hash(z), x != y)
print(compile("a = 1", "f", "exec") == compile("a = True", "f", "exec"))
print(len({compile("pass", "f", "exec"), compile("pass", "f", "exec")}))
import codeop
print(codeop.compile_command("") == compile("pass", "<input>", 'single', 0x200))
