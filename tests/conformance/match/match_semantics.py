# Evaluation details: subject evaluated once, first match wins, no fallthrough, no match -> nothing
calls = []
def subject():
    calls.append('subject')
    return [1, 2]
match subject():
    case [1]:
        print('no')
    case [1, 2]:
        print('first matching case')
    case [1, _]:
        print('never reached even though it matches')
print(calls)
match 99:
    case 1:
        print('one')
print('no case matched, no error')
class Tracker:
    __match_args__ = ('a',)
    def __init__(self): self.reads = 0
    @property
    def a(self):
        self.reads += 1
        return 'A'
t = Tracker()
match t:
    case Tracker(a='B'):
        pass
    case Tracker('A'):
        print('matched, reads =', t.reads)
x = 'outer'
match 'new':
    case 'never' if print('guard not evaluated') or True:
        pass
    case x:
        pass
print('x rebound by capture:', x)
match [1, 2, 3]:
    case [a, b] | [a, b, _]:
        print('alternatives', a, b)
match = 'match is a soft keyword'
case = 'so is case'
print(match, case)
