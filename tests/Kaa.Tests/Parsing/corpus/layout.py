x = 1;	y = 2
if x:
	pass
	if y:
		pass
if x:
        pass

x = 1 + \
    2
if x and \
   y:
    pass
x = [
  1,
    2,
]

def f():
    # comment
    pass
    # trailing comment


# another
x = 1  # comment
y = (1,  # c
     2)



z = 3
if True:
    x = 1; y = 2
    z = 3;
w = """
    indented
"""
last = 1