# Star patterns in sequences and **rest in mappings
def parse(argv):
    match argv:
        case ['cp', *sources, dest] if sources:
            return f'copy {sources} -> {dest}'
        case ['rm', '-r', *paths]:
            return f'recursive remove {paths}'
        case ['echo', *words]:
            return ' '.join(words)
        case [cmd, *_]:
            return f'unknown {cmd}'
    return 'empty'
for a in [['cp', 'a', 'b', 'dir'], ['cp', 'dest'], ['rm', '-r'], ['rm', '-r', 'x', 'y'], ['echo'], ['echo', 'hi', 'there'], []]:
    print(a, '->', parse(a))
config = {'host': 'localhost', 'port': 8080, 'debug': True, 'user': 'admin'}
match config:
    case {'host': h, 'port': int(p), **others}:
        print(h, p, sorted(others.items()))
match {'a': 1}:
    case {'a': 1, **rest}:
        print('rest is empty dict:', rest, type(rest).__name__)
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print('ends match')
match (0,):
    case (*xs,):
        print('all captured', xs, type(xs).__name__)
