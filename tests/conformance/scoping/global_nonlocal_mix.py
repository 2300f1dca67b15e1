# Interplay of global, nonlocal and local names across nesting levels
counter = 0
def make():
    counter = 100
    def bump_local():
        nonlocal counter
        counter += 1
        return counter
    def bump_global():
        global counter
        counter += 1
        return counter
    return bump_local, bump_global
bl, bg = make()
print(bl(), bl(), bg(), bg(), counter)
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a, b = a * 10, b * 10
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def global_in_nested():
    def inner():
        global created_inside
        created_inside = 'made'
    inner()
global_in_nested()
print(created_inside)
def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print('to_delete' in globals())
