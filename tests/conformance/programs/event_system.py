# Observer pattern with weak ordering guarantees, decorators and priorities
from collections import defaultdict
class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []
    def on(self, event, priority=0):
        def deco(fn):
            self.handlers[event].append((-priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda t: t[:2])
            return fn
        return deco
    def emit(self, event, **payload):
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except Exception as e:
                self.log.append(f'{fn.__name__} failed: {type(e).__name__}: {e}')
                continue
            if r == 'stop':
                self.log.append(f'{fn.__name__} stopped propagation')
                break
            results.append(r)
        return results
bus = EventBus()
@bus.on('order', priority=10)
def validate(item, qty):
    if qty <= 0:
        raise ValueError(f'bad quantity {qty}')
    return f'validated {item}'
@bus.on('order')
def bill(item, qty):
    return f'billed {qty} x {item}'
@bus.on('order', priority=5)
def stock_check(item, qty):
    return 'stop' if item == 'unobtainium' else f'stock ok for {item}'
@bus.on('order', priority=-1)
def notify(item, qty):
    return f'notified about {item}'
print(bus.emit('order', item='apple', qty=3))
print(bus.emit('order', item='pear', qty=0))
print(bus.emit('order', item='unobtainium', qty=1))
print(bus.emit('unknown'))
print('\n'.join(bus.log))
