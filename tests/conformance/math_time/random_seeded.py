# random with a fixed seed is deterministic across versions for these functions
import random
r = random.Random(12345)
print([r.random() for _ in range(3)])
print([r.randrange(100) for _ in range(5)], [r.randint(1, 6) for _ in range(5)])
items = list(range(10))
r.shuffle(items)
print(items, r.choice('abcdef'), r.sample(range(100), 5))
print(r.getrandbits(64), r.uniform(1, 2))
random.seed(7)
print(random.random(), random.randrange(0, 1000, 5))
