# Operators on strings and sequences
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, [0] * 3, (1, 2) * 2)
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', 'apple' > 'Apple', '' < 'a')
print('%s-%d' % ('x', 5), '%%' % (), 'a' 'b')
for bad in ["'a' + 1", "'a' * 'b'", "'a' - 'b'", "[1] + (2,)", "'a' * 1.5"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
l = [1, 2]
l2 = l * 2
l2[0] = 99
print(l, l2)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(list('abc') + list('de'), tuple('ab') + (1,))
print('abc'[::-1] == 'cba', 'a,b'.split(',') * 2)
