# except* with multiple handlers, unhandled remainder and nesting
def raise_group():
    raise ExceptionGroup('batch', [ValueError('bad value'), KeyError('missing'), TypeError('bad type'), ValueError('another')])
try:
    try:
        raise_group()
    except* ValueError as g:
        print('handled', [str(e) for e in g.exceptions])
    except* KeyError as g:
        print('handled keys', [repr(e) for e in g.exceptions])
except ExceptionGroup as rest:
    print('remaining', repr(rest))
try:
    raise ExceptionGroup('all handled', [OSError('a'), OSError('b')])
except* OSError as g:
    print('all OSError', len(g.exceptions))
print('continues after fully handled group')
def handler_raises():
    try:
        raise ExceptionGroup('g', [ValueError('x')])
    except* ValueError:
        raise TypeError('new error in handler')
try:
    handler_raises()
except Exception as e:
    print(repr(e), repr(e.__context__))
for src in ['try:\n    pass\nexcept* (ValueError, TypeError):\n    pass\n', 'try:\n    pass\nexcept*:\n    pass\n', 'try:\n    pass\nexcept* ExceptionGroup:\n    pass\n', 'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n']:
    try:
        exec(src)
        print('ran ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    except TypeError as e:
        print('TypeError', e)
