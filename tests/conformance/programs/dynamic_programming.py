# Dynamic programming problems
from functools import lru_cache
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return ''.join(out)
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)
print(lcs('AGGTAB', 'GXTXAYB'), lcs('programming', 'gaming'), edit_distance('kitten', 'sitting'), edit_distance('', 'abc'))
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15), coin_change([1, 2, 5], 100), coin_change([2, 5, 3, 6], 10))
print([partitions(n, n) for n in range(15)], partitions(100, 100))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(20, 0, -1))), lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]))
