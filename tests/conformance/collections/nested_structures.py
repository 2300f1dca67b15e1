# Nested containers, deep copying and equality
import copy
orig = {'list': [1, [2, 3]], 'tuple': (4, [5]), 'set': {6}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['list'][1].append('x')
orig['tuple'][1].append('y')
print(orig)
print(shallow)
print(deep)
print(shallow['list'] is orig['list'], deep['list'] is orig['list'], deep == orig)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad_grid = [[0] * 3] * 3
bad_grid[1][1] = 5
print(bad_grid)
tree = {'value': 1, 'children': [{'value': 2, 'children': []}, {'value': 3, 'children': [{'value': 4, 'children': []}]}]}
def total(node): return node['value'] + sum(total(c) for c in node['children'])
def depth(node): return 1 + max((depth(c) for c in node['children']), default=0)
print(total(tree), depth(tree))
r = [1]
r.append(r)
print(r, r == r if False else 'skip', len(r))
d = {}
d['self'] = d
print(d)
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]], {'a': [1]} == {'a': [1]})
