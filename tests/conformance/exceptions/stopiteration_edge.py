# StopIteration handling rules (PEP 479) and iterator protocol
def gen_with_next():
    it = iter([1])
    yield next(it)
    yield next(it)
try:
    print(list(gen_with_next()))
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', type(e.__cause__).__name__)
def safe():
    it = iter([1])
    yield next(it)
    yield next(it, 'default')
print(list(safe()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('custom value')
        return self.n
print(list(It()))
it = It()
for x in it: pass
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
print(next(iter([]), 'empty default'))
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
