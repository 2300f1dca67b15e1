# OR patterns, binding in alternatives, nesting
def kind(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'move {direction}'
        case ['quit' | 'exit' | 'q']:
            return 'bye'
        case ['take', obj] | ['get', obj] | ['pick', 'up', obj]:
            return f'take {obj}'
        case ['drop', *objs] if objs:
            return f'drop {", ".join(objs)}'
        case [verb, *_]:
            return f'unknown verb {verb}'
        case []:
            return 'nothing'
for c in ['go north', 'go up', 'q', 'exit', 'take lamp', 'pick up key', 'get sword', 'drop a b c', 'drop', '', 'dance wildly']:
    print(repr(c), '->', kind(c))
match (1, 'a'):
    case (1 | 2, 'a' | 'b') as pair:
        print('nested or', pair)
match 5:
    case 1 | 2 | 3:
        print('low')
    case 4 | 5 | 6:
        print('mid')
try:
    compile('match x:\n    case [a] | [b]:\n        pass\n', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
