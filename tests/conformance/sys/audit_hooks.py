# sys.addaudithook / sys.audit: hooks see events with their args; a RuntimeError from an existing hook vetoes a new one.
import sys
events = []
def hook(ev, args):
    if ev.startswith('my.'): events.append((ev, args))
sys.addaudithook(hook)
sys.audit('my.event', 1, 'two')
sys.audit('my.empty')
print(events)
def veto(ev, args):
    if ev == 'sys.addaudithook': raise RuntimeError('no')
sys.addaudithook(veto)
sys.addaudithook(lambda e, a: print('never added'))
sys.audit('x')
for bad in [lambda: sys.audit(), lambda: sys.audit(5), lambda: sys.audit('e', k=1)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
import pickle
print(pickle.loads(pickle.dumps({'a': [1, 2.5, None]})))
