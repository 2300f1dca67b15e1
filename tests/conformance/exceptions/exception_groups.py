# ExceptionGroup and except*
eg = ExceptionGroup('group', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print('ValueError part', repr(g), [str(e) for e in g.exceptions])
except* TypeError as g:
    print('TypeError part', repr(g))
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [IndexError('i'), OSError('o')])])
    except* LookupError as g:
        print('LookupError part', repr(g))
except* OSError as g:
    print('escaped to outer try', repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(KeyError))
print(repr(eg.derive([RuntimeError('r')])))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked exception wrapped', repr(g))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError', e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print('ValueError', e)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('raised in except*')
except ExceptionGroup as e:
    print(repr(e))
