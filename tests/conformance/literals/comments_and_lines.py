# Comments, line continuation and semicolons
x = 1; y = 2; z = x + y  # several statements
print(x, y, z)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,  # first
    2,  # second
    # a comment line inside brackets
    3,
]
print(values)
if x: print("inline if body")
while y: y -= 1; print("loop", y)
def f(): return "inline def"
print(f())
s = """# not a comment
inside string"""
print(s)
print("# also not a comment")
class C: a = 1; b = 2
print(C.a, C.b)
print(eval("1 + \\\n 2"))
code = "a = 1\r\nb = 2\r\nprint(a + b)\r\n"
exec(code)
exec("if True:\n\tprint('tab indent')\n")
exec("if True:\n  pass\n\n\n  print('blank lines ok')\n")
