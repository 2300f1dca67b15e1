"""String building and formatting: f-strings, %-format, str.format, join, methods."""


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 3.5:.2f}:{hex(i)}")
    s = ",".join(parts)
    return len(s), s[:30]


def formats(n):
    total = 0
    for i in range(n):
        a = "%s-%d-%x" % ("item", i, i)
        b = "{}/{:>6}/{:<4}".format(a, i % 1000, "z")
        c = f"{b!r:.20}"
        total += len(a) + len(b) + len(c)
    return total


def methods(n):
    text = "The Quick Brown Fox Jumps Over The Lazy Dog "
    count = 0
    for i in range(n):
        t = text.lower().replace("the", "a").strip()
        words = t.split()
        count += len(words) + t.count("o") + t.find("dog")
        if words[i % len(words)].startswith("q"):
            count += 1
        count += len(" ".join(reversed(words)).upper())
    return count


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 1000:
            s = s[500:]
    return len(s), s[-10:]


def main():
    print("build", build(375000))
    print("formats", formats(300000))
    print("methods", methods(200000))
    print("concat", concat(1500000))


main()
