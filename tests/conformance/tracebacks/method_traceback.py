# Traceback through methods, properties and class bodies
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
    @property
    def top(self):
        return self.items[-1]
s = Stack()
s.items.append(1)
print(s.pop())
try:
    s.top
except IndexError as e:
    print('caught', e)
s.pop()
