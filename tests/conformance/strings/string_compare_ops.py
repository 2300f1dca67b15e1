# Comparison, hashing-free equality, containment, multiplication
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'aa', 'ab', 'B']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words), max(words), 'abc' == 'abc', 'a' != 'A')
print('abc' < 'abd' < 'abdd', 'Z' < 'a', '10' < '9', 'é' > 'z')
print('ell' in 'hello', 'hello' in 'ell', '' in '', 'a' * 5, 'ab' * 0 == '', ('ab' * 3).count('ab'))
a = 'hello world'
b = 'hello ' + 'world'
print(a == b, len(a), a.__eq__(b), a.__ne__(b), a.__lt__(b), a.__contains__('wor'))
print('abc'.__eq__(1), 'abc' == 1, str.__lt__('a', 'b'))
