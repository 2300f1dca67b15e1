# _random through random.py: seeding (ints, str, bytes), the distributions, state, subclassing, errors
import random, math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for seed in [42, 0, 1, -1, -42, 2**32, 2**32-1, 2**64+7, -(2**100), 10**50, 'hello', b'bytes', bytearray(b'ba'), '', 3]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
random.seed(12345)
print(random.randint(1, 10**30), random.randrange(0, 100, 7), random.choice('abcdefgh'), random.uniform(-3, 9))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 10), random.sample('abcdefg', 3))
print(random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(1, 3), random.expovariate(2), random.triangular(0, 10, 3))
print(random.choices('abc', k=10), random.choices(range(5), weights=[1,2,3,4,5], k=5), random.choices('xy', cum_weights=[1, 10], k=4))
print(random.betavariate(2, 3), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10), random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else '')
s = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(s); print(a == [random.random() for _ in range(3)])
r = random.Random(7); print(r.random(), r.getrandbits(64))
st = r.getstate(); print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
class R(random.Random):
    def random(self): return 0.5
print(R(3).choice([1,2,3]), R(3).randrange(10))
class R2(random.Random):
    pass
x = R2(5); x.attr = 1; print(x.random(), x.attr)
import _random
b = _random.Random(10); print(b.random(), b.getrandbits(3))
t(_random.Random, 1, 2); t(_random.Random, x=1); t(b.getrandbits, 1.5); t(b.seed, 1, 2)
t(b.setstate, [1]); t(b.setstate, (1,)); t(b.setstate, tuple([0]*624 + [625])); t(b.setstate, tuple([-1]*624 + [0])); t(b.setstate, tuple(['a']*624 + [0]))
b.setstate(tuple([2**32 + 5]*624 + [624])); print(b.random(), b.getstate()[0])
_random.Random(3.5).random(); print(_random.Random(3.5).random(), _random.Random((1, 2)).random(), _random.Random(True).random())
t(random.seed, [1]); t(random.seed, 3.5)
class MyInt(int):
    def __abs__(self): return 99
print(_random.Random(MyInt(-5)).random() == _random.Random(5).random())
print(len(str(random.Random().random())) > 0, random.Random().getrandbits(0))
