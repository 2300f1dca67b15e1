# Backtracking sudoku solver with constraint sets
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if ch == '.' else int(ch) for ch in r] for r in rows]
def solve(g):
    rows = [set(r) for r in g]
    cols = [set(g[r][c] for r in range(9)) for c in range(9)]
    boxes = [set(g[r][c] for r in range(b // 3 * 3, b // 3 * 3 + 3) for c in range(b % 3 * 3, b % 3 * 3 + 3)) for b in range(9)]
    empties = [(r, c) for r in range(9) for c in range(9) if g[r][c] == 0]
    steps = 0
    def bt(i):
        nonlocal steps
        if i == len(empties):
            return True
        r, c = empties[i]
        b = r // 3 * 3 + c // 3
        for v in range(1, 10):
            if v in rows[r] or v in cols[c] or v in boxes[b]:
                continue
            steps += 1
            g[r][c] = v
            rows[r].add(v); cols[c].add(v); boxes[b].add(v)
            if bt(i + 1):
                return True
            rows[r].discard(v); cols[c].discard(v); boxes[b].discard(v)
            g[r][c] = 0
        return False
    return bt(0), steps
g = parse(PUZZLE)
ok, steps = solve(g)
print(ok, steps)
for r in g:
    print(' '.join(map(str, r)))
print(all(sorted(r) == list(range(1, 10)) for r in g), all(sorted(g[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
