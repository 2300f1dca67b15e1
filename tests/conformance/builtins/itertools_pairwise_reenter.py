# pairwise whose source iterator calls next() on the pairwise itself (CPython test_pairwise_reenter2).
from itertools import pairwise
def check(maxcount):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]
    it = pairwise(I())
    print(list(it))
for m in (1, 2, 3, 4): check(m)
