# Augmented assignment on various targets and types
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 6
n <<= 2; n >>= 1; n &= 7; n |= 16; n ^= 3
print(n)
s = 'ab'
s += 'cd'; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'a': [1]}
d['a'] += [2]
d['b'] = d.get('b', 0) + 1
print(d)
class O: pass
o = O(); o.v = 1
o.v += 41
print(o.v)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
st = {1}
st |= {2}; st &= {2, 3}; st -= {9}; st ^= {4}
print(st)
try:
    undefined_name += 1
except NameError as e:
    print('NameError', e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(tup)
