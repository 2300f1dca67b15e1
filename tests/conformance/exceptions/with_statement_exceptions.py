# Context managers and exceptions: __exit__ args, suppression, exceptions in __enter__/__exit__
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError(f'enter failed {self.name}')
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise KeyError(f'exit failed {self.name}')
        return self.suppress
with CM('plain'):
    print('body')
with CM('suppress', suppress=True):
    raise ValueError('swallowed')
try:
    with CM('noisy'):
        raise ValueError('escapes')
except ValueError as e:
    print('caught', e)
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM('x', fail_exit=True):
        raise ValueError('original')
except KeyError as e:
    print('caught', e, 'context', repr(e.__context__))
def ret():
    with CM('ret'):
        return 'returned'
print(ret())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
