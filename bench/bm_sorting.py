"""Sorting with key functions, tuples, reverse, stability and custom __lt__."""


class Record:
    __slots__ = ("name", "age", "score")

    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score

    def __lt__(self, other):
        return (self.score, self.name) < (other.score, other.name)


def make(n):
    out = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(Record("n%05d" % (seed % 50000), seed % 90, (seed >> 8) % 1000))
    return out


def main():
    recs = make(60000)
    checksum = 0
    for rep in range(3):
        by_age = sorted(recs, key=lambda r: r.age)
        by_name = sorted(recs, key=lambda r: r.name, reverse=True)
        by_tuple = sorted(recs, key=lambda r: (r.age, -r.score, r.name))
        natural = sorted(recs)
        words = sorted((r.name for r in recs), key=str.lower)
        checksum += by_age[0].age + by_name[0].score + by_tuple[-1].score + natural[0].score + len(words[0]) + rep
    ints = [(i * 7919) % 100003 for i in range(200000)]
    ints.sort(key=lambda x: (x % 10, x))
    print("sorting", checksum, ints[:3], ints[-1])


main()
