# iter() with and without sentinel; next() with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
values = [5, 4, 3, 0, 9]
def reader():
    return values.pop(0)
print(list(iter(reader, 0)), values)
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 4)))
import io
f = io.StringIO('line1\nline2\n\nline4\n')
print(list(iter(f.readline, '\n')))
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
print(type(iter('ab')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
s = iter('xyz')
print(list(zip(s, s)))
