# Laziness: generators only compute what is consumed
log = []
def numbers():
    for i in range(10):
        log.append(f'produce {i}')
        yield i
def squared(it):
    for x in it:
        log.append(f'square {x}')
        yield x * x
pipeline = squared(numbers())
print('nothing computed yet:', log)
first_big = next(x for x in pipeline if x > 5)
print(first_big, log)
log.clear()
print(list(zip(pipeline, 'ab')), log)
import itertools
evens = (n for n in itertools.count() if n % 2 == 0)
print(list(itertools.islice(evens, 5)), next(evens))
def tracked():
    try:
        yield 1
        yield 2
    finally:
        print('generator finalized')
t = tracked()
for v in t:
    print('got', v)
    break
print('after loop (close explicitly: finalization timing is not portable)')
t.close()
print('after close')
