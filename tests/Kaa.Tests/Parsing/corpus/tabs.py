if x:
	if y:
		pass
	else:
		pass

if a:
        b = 1
        
        c = 2
d = 3
class C:
    def f(self):
        return 1


    def g(self):
        pass
x = (1,
	2)
if True:
    pass
# trailing comment without newline