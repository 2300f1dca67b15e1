# sys.monitoring's tool registry and callback registration (PEP 669); event numbering differs
# between 3.13 and 3.14, so only names and behaviour are printed.
import sys

M = sys.monitoring
print(type(M).__name__, M.__name__, M.DEBUGGER_ID, M.COVERAGE_ID, M.PROFILER_ID, M.OPTIMIZER_ID)
print(type(M.events).__name__, M.events.NO_EVENTS, all(v & (v - 1) == 0 and v > 0 for k, v in vars(M.events).items() if k != 'NO_EVENTS'))
print(type(M.DISABLE) is object, M.DISABLE is not M.MISSING)
for args in [(6, 'x'), (-1, 'x'), (1, 3)]:
    try:
        M.use_tool_id(*args)
    except ValueError as e:
        print('ValueError', e)
M.use_tool_id(1, 'mytool')
print(M.get_tool(1), M.get_tool(2))
try:
    M.use_tool_id(1, 'again')
except ValueError as e:
    print('ValueError', e)
for ev in [3, 0, M.events.CALL | M.events.LINE]:
    try:
        M.register_callback(1, ev, print)
    except ValueError as e:
        print('ValueError', e)
print(M.register_callback(1, M.events.CALL, print), M.register_callback(1, M.events.CALL, len), M.register_callback(1, M.events.CALL, None))
try:
    M.set_events(2, 0)
except ValueError as e:
    print('ValueError', e)
M.set_events(1, 0)
print(M.get_events(1), M.get_local_events(1, (lambda: 0).__code__))
M.free_tool_id(1)
print(M.get_tool(1))
M.use_tool_id(1, 'reused')
print(M.get_tool(1))
M.free_tool_id(1)
