# Control flow crossing function boundaries: early returns, generators, recursion with loops
def find_path(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    def neighbors(r, c):
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == '.':
                yield nr, nc
    def dfs(pos, path, seen):
        if pos == goal:
            return path
        for nxt in neighbors(*pos):
            if nxt in seen:
                continue
            seen.add(nxt)
            found = dfs(nxt, path + [nxt], seen)
            if found:
                return found
        return None
    return dfs(start, [start], {start})
grid = ['..#.', '.##.', '....', '#.#.']
p = find_path(grid, (0, 0), (0, 3))
print(len(p) if p else None, p)
print(find_path(['.#', '#.'], (0, 0), (1, 1)))
def classify_all(values):
    out = []
    for v in values:
        try:
            if v is None:
                continue
            if v < 0:
                out.append('neg')
                continue
            out.append('small' if v < 10 else 'big')
        except TypeError:
            out.append('?')
            break
    else:
        out.append('done')
    return out
print(classify_all([1, None, -3, 42]), classify_all([1, 'x', 2]))
