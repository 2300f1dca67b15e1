# list.sort sorts the list's own items: a key function that changes the list gets ValueError after
# the sort, or, when it raises, the list back as it was; reverse and lists that grew and shrank.
L = [3, 1, 2]
def k(x):
    L.append(9); return x
try: L.sort(key=k)
except ValueError as e: print(e, L)
L = [3, 1, 2]
def k2(x):
    L.append(9)
    if x == 2: raise KeyError(x)
    return x
try: L.sort(key=k2)
except KeyError as e: print("KeyError", e, L)
L = [3, 1, 2, 5, 4]
L.sort(reverse=True); print(L)
L = list(range(100)); L.append(5); L.pop(); L.sort(key=lambda x: -x); print(L[:5], len(L))
M = [5, 3]; M.extend(range(10)); M.sort(); print(M)
