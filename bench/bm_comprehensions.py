"""List, dict and set comprehensions, nested comprehensions, conditional filters."""


def main():
    total = 0
    for rep in range(200):
        squares = [x * x for x in range(20000)]
        evens = [x for x in squares if x % 2 == 0]
        pairs = [(x, y) for x in range(60) for y in range(60) if (x + y) % 3 == 0]
        index = {x: i for i, x in enumerate(evens)}
        mods = {x % 1009 for x in squares}
        grid = [[(i * j) % 10 for j in range(80)] for i in range(80)]
        flat = [v for row in grid for v in row if v > 4]
        total += len(evens) + len(pairs) + len(index) + len(mods) + sum(flat) + rep
    print("comprehensions", total)
    words = ["w%d" % i for i in range(300000)]
    lengths = {w: len(w) for w in words}
    upper = [w.upper() for w in words if lengths[w] > 3]
    print("strings", len(upper), sum(lengths.values()))


main()
