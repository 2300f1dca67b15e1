# A finite state machine for a traffic light and a vending machine
from enum import Enum
class Light(Enum):
    RED = 'red'
    GREEN = 'green'
    YELLOW = 'yellow'
TRANSITIONS = {Light.RED: (Light.GREEN, 3), Light.GREEN: (Light.YELLOW, 2), Light.YELLOW: (Light.RED, 1)}
state, t, log = Light.RED, 0, []
for tick in range(15):
    nxt, duration = TRANSITIONS[state]
    t += 1
    if t >= duration:
        log.append(f'{tick}:{state.value}->{nxt.value}')
        state, t = nxt, 0
print(log)
class Vending:
    PRICES = {'cola': 150, 'chips': 100, 'gum': 50}
    def __init__(self):
        self.state, self.credit, self.out = 'idle', 0, []
    def event(self, kind, value=None):
        handler = getattr(self, f'on_{self.state}_{kind}', None)
        if handler is None:
            self.out.append(f'ignored {kind} in {self.state}')
            return
        handler(value)
    def on_idle_coin(self, v):
        self.credit += v; self.state = 'paying'
        self.out.append(f'credit {self.credit}')
    def on_paying_coin(self, v):
        self.credit += v
        self.out.append(f'credit {self.credit}')
    def on_paying_select(self, item):
        price = self.PRICES.get(item)
        if price is None:
            self.out.append(f'unknown {item}')
        elif price > self.credit:
            self.out.append(f'need {price - self.credit} more for {item}')
        else:
            self.credit -= price
            self.out.append(f'vend {item}, change {self.credit}')
            self.credit, self.state = 0, 'idle'
    def on_paying_cancel(self, _):
        self.out.append(f'refund {self.credit}')
        self.credit, self.state = 0, 'idle'
v = Vending()
for e in [('select', 'cola'), ('coin', 100), ('select', 'cola'), ('coin', 100), ('select', 'cola'), ('coin', 25), ('select', 'tea'), ('cancel',), ('cancel',)]:
    v.event(*e)
print('\n'.join(v.out))
