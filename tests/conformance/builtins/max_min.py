# max and min with key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('apple', 'banana'), min((2, 'b'), (1, 'z')))
words = ['kiwi', 'fig', 'banana', 'apple']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
print(max([], default='empty'), min([], default=None), max([5], default=0), max((x for x in []), default=-1))
print(max([1, 3, 3, 2], key=lambda x: x), max(['a', 'B', 'b', 'A'], key=str.lower), min(['a', 'B', 'b', 'A'], key=str.lower))
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), max(True, 1), min(1, True))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, 'a'])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max({'a': 5, 'b': 9}, key={'a': 5, 'b': 9}.get), max(range(10), key=lambda x: (x % 3, -x)))
