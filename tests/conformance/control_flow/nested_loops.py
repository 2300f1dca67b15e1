# Nested loops, breaking out with flags and functions, loop-else
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(m, 5), find(m, 10))
found = False
for row in m:
    for v in row:
        if v * v > 30:
            found = True
            break
    if found:
        break
print('first square > 30 from', v)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j, end='; ')
    else:
        print('inner completed for i =', i)
print()
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print('triples', count)
