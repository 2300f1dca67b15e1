# break and continue only affect the innermost loop
out = []
for i in range(4):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
res = []
for word in ['apple', 'kiwi', 'banana', 'fig']:
    for ch in word:
        if ch in 'aeiou':
            res.append(ch)
            break
    else:
        res.append('-')
print(res)
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    for j in range(10):
        if j > i:
            break
        total += j
print(total)
for src in ['break', 'continue', 'def f():\n    break']:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg)
