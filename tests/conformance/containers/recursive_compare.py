import copy, sys
d = {}; d['x'] = d
try:
    print(d == copy.deepcopy(d))
except RecursionError as e:
    print("RecursionError", e)
l = []; l.append(l)
try:
    print(l == [l])
except RecursionError as e:
    print("RecursionError", e)
a = []
for i in range(100000): a = [a]
b = []
for i in range(100000): b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(len(repr(a)))
except RecursionError as e:
    print("RecursionError", e)
t = ()
for i in range(100000): t = (t,)
try:
    print(hash(t) == hash(t))
except RecursionError as e:
    print("RecursionError", e)
print("still alive")
