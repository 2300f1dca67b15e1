# Generator pipelines processing data lazily
data = """alice,30,paris
bob,25,london
carol,35,paris
dave,notanumber,berlin
eve,28,london"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        name, age, city = line.split(',')
        try:
            yield name, int(age), city
        except ValueError:
            print('skipping bad row', name)
def filter_city(rows, city):
    return (r for r in rows if r[2] == city)
def names(rows):
    for name, age, _ in rows:
        yield f'{name.title()} ({age})'
print(list(names(filter_city(parse(read_lines(data)), 'paris'))))
print(list(names(filter_city(parse(read_lines(data)), 'london'))))
ages = (age for _, age, _ in parse(read_lines(data)))
print(sum(ages))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks('abcdefgh', 3)))
