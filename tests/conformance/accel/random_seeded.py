# reference: CPython 3.14
# random: CPython's Mersenne Twister bit for bit, from every kind of seed
import random

for seed in [42, 0, -7, 2**70 + 3, 'text', b'bytes', bytearray(b'ba')]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
random.seed(2024)
print(random.randint(1, 6), random.randrange(10, 100, 5), random.choice(['a', 'b', 'c']), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 1, 0.2))
print(random.choices('xyz', weights=[5, 1, 1], k=8), random.betavariate(2, 5), random.gammavariate(3, 2))
print(random.randbytes(6), random.getrandbits(100))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state[1]), state[0])
r = random.Random(99)
print(r.random(), r.randint(0, 10**20))
class Fixed(random.Random):
    def random(self):
        return 0.25
print(Fixed(1).choice('abcd'), Fixed(1).uniform(0, 8))
for bad in [lambda: random.seed([1]), lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: random.Random(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
