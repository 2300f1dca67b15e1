# __index__ used for slicing, bin/hex, range, operator.index
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
lst = list(range(10))
print(lst[i], lst[Idx(1):Idx(8):Idx(3)], 'abcdef'[i:], range(Idx(5))[-1], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(operator.index(Idx(7)), [0] * Idx(3), 'ab' * Idx(2), int(Idx(9)), lst[-Idx(1).v])
print(bytes(Idx(3)), (1, 2, 3)[Idx(-1)], round(3.14159, Idx(2)), chr(Idx(65)))
class NotIdx:
    def __int__(self): return 3
try:
    lst[NotIdx()]
except TypeError as e:
    print('TypeError', e)
class BadIdx:
    def __index__(self): return 'x'
try:
    operator.index(BadIdx())
except TypeError as e:
    print('TypeError', e)
try:
    range(1.0)
except TypeError as e:
    print('TypeError', e)
print([10, 20, 30][Idx(1):], (2).__pow__(Idx(3)) if False else "skip")
