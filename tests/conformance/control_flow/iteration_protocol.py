# for loops call iter() then next() until StopIteration
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print('iter called')
        return self
    def __next__(self):
        if self.n <= 0:
            print('stop')
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print('got', x)
print(list(Countdown(2)), sum(Countdown(4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()), [x for x in Seq()], 4 in Seq())
class NotIter: pass
try:
    for x in NotIter(): pass
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
