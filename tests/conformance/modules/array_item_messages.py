# reference: CPython 3.14
# array.array: 3.14's messages for a bad item of a unicode array (one character or nothing), through the
# constructor, append, insert, item and slice assignment, extend, fromlist and the typecode argument.
from array import array as A

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

for v in [1, 1.5, 'a', 'ab', '', None, 10**400, b'a', '\U0001F600']:
    t(lambda: A('w', [v]))
    t(lambda: A('u', [v]))
w = A('w', 'xyz')
for f in [lambda: w.append('ab'), lambda: w.append(65), lambda: w.insert(0, None), lambda: w.__setitem__(0, 'cd'),
          lambda: w.__setitem__(slice(0, 1), ['a']), lambda: w.extend(['a', 'bc']), lambda: w.fromlist(['q', 5]),
          lambda: w.index(5), lambda: w.count('ab'), lambda: A('ab'), lambda: A(''), lambda: A(5), lambda: A('\U0001F600')]:
    t(f)
print(w)
