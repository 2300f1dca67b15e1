# Exception raised inside a generator shows the generator frame
def numbers():
    yield 1
    yield 2
    raise ValueError('generator ran out of numbers')
def consume():
    total = 0
    for n in numbers():
        total += n
        print('running total', total)
    return total
consume()
