# BFS, DFS, Dijkstra and topological sort on small graphs
from collections import deque
import heapq
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(g, s):
    seen, order, q = {s}, [], deque([s])
    while q:
        n = q.popleft(); order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
def dfs(g, s, seen=None):
    seen = seen if seen is not None else []
    seen.append(s)
    for m in g[s]:
        if m not in seen:
            dfs(g, m, seen)
    return seen
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]: indeg[m] += 1
    q = deque(sorted(n for n, d in indeg.items() if d == 0))
    out = []
    while q:
        n = q.popleft(); out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0: q.append(m)
    return out
weighted = {'s': {'a': 7, 'b': 2}, 'a': {'c': 1}, 'b': {'a': 3, 'c': 8}, 'c': {'t': 2}, 't': {}}
def dijkstra(g, s):
    dist, prev, pq = {s: 0}, {}, [(0, s)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]: continue
        for m, w in g[n].items():
            nd = d + w
            if nd < dist.get(m, float('inf')):
                dist[m], prev[m] = nd, n
                heapq.heappush(pq, (nd, m))
    return dist, prev
def path(prev, t):
    p = [t]
    while p[-1] in prev: p.append(prev[p[-1]])
    return p[::-1]
print(bfs(graph, 'A'), dfs(graph, 'A'), topo(graph))
dist, prev = dijkstra(weighted, 's')
print(sorted(dist.items()), path(prev, 't'))
grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
def maze(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
    q, dist = deque([start]), {start: 0}
    while q:
        r, c = q.popleft()
        if grid[r][c] == 'E': return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
print('maze shortest path:', maze(grid))
