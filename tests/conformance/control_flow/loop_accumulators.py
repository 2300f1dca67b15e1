# Common loop idioms: accumulate, search, count, early exit, sentinel loops
data = [3, 8, -2, 7, 0, 15, -9, 4, 8]
total = count = 0
largest = None
for x in data:
    total += x
    if x > 0:
        count += 1
    if largest is None or x > largest:
        largest = x
print(total, count, largest)
idx = 0
while idx < len(data) and data[idx] >= 0:
    idx += 1
print('first negative at', idx, data[idx])
seen = set()
dups = []
for x in data:
    if x in seen and x not in dups:
        dups.append(x)
    seen.add(x)
print('duplicates', dups)
running = []
acc = 0
for x in data:
    acc = max(acc + x, 0)
    running.append(acc)
print('kadane states', running, 'best', max(running))
stack = [1]
visited = []
while stack:
    n = stack.pop()
    if n > 20:
        continue
    visited.append(n)
    stack.extend([n * 2, n * 3])
print(visited)
i = 10
while i:
    i -= 3
    if i < 0:
        print('went negative', i)
        break
else:
    print('landed on zero')
