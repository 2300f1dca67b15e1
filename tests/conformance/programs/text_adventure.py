# A tiny text adventure engine driven by a scripted list of commands
ROOMS = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'a quiet library', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'a smelly kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'a dark cellar', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}
class Game:
    def __init__(self):
        self.room, self.inventory, self.moves = 'hall', [], 0
    def do(self, line):
        self.moves += 1
        verb, _, arg = line.partition(' ')
        method = getattr(self, 'cmd_' + verb, None)
        return method(arg) if method else f"I don't know how to {verb!r}."
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ', '.join(r['items']) or 'nothing'
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
    def cmd_go(self, d):
        nxt = ROOMS[self.room]['exits'].get(d)
        if nxt is None:
            return "You can't go that way."
        if ROOMS[nxt].get('locked') and 'key' not in self.inventory:
            return 'The door is locked.'
        self.room = nxt
        return self.cmd_look('')
    def cmd_take(self, item):
        items = ROOMS[self.room]['items']
        if item not in items:
            return f'There is no {item} here.'
        items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.' + (' You win!' if item == 'treasure' else '')
    def cmd_inventory(self, _):
        return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')
g = Game()
script = ['look', 'go west', 'take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword',
          'inventory', 'go south', 'go east', 'go down', 'dance', 'take treasure', 'inventory']
for cmd in script:
    print(f'> {cmd}')
    print(g.do(cmd))
print('moves:', g.moves)
