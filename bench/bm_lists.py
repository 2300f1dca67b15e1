"""List-heavy code: append/pop, indexing, slicing, in-place updates, sort, reverse."""


def stack_ops(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            total += stack.pop()
    return total, len(stack)


def matrix_mult(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return sum(sum(row) for row in c)


def slicing(n):
    data = list(range(1000))
    total = 0
    for i in range(n):
        chunk = data[i % 500:i % 500 + 100]
        total += chunk[0] + chunk[-1] + len(chunk[::3])
        data[i % 1000] = i
    return total


def shuffle_sort(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    for _ in range(5):
        data.sort()
        data.reverse()
        data = data[1::2] + data[::2]
    return data[:5], data[-1]


def main():
    print("stack", stack_ops(3500000))
    print("matmul", matrix_mult(140))
    print("slicing", slicing(500000))
    print("sort", shuffle_sort(600000))


main()
