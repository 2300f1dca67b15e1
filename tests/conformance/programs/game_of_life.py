# Conway's game of life on a small torus
def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells, w, h):
    return '\n'.join(''.join('#' if (x, y) in cells else '.' for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w = h = 8
cells = glider
for gen in range(5):
    print(f'gen {gen}:')
    print(show(cells, w, h))
    cells = step(cells, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(show(step(blinker, 5, 5), 5, 5))
print(step(step(blinker, 5, 5), 5, 5) == blinker)
c = glider
for _ in range(32):
    c = step(c, w, h)
print('glider returns after 32 steps:', c == glider, len(c))
