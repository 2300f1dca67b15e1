# Linked list, binary search tree and LRU cache implemented by hand
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)): self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __repr__(self): return ' -> '.join(map(str, self)) or 'empty'
print(LinkedList([1, 2, 3, 4]), LinkedList([1, 2, 3, 4]).reverse(), LinkedList())
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        def walk(n):
            if n: yield from walk(n[1]); yield n[0]; yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]: t.insert(k)
print(t.inorder(), t.height())
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d: return None
        v = self.d.pop(k); self.d[k] = v
        return v
    def put(self, k, v):
        self.d.pop(k, None); self.d[k] = v
        if len(self.d) > self.cap: self.d.pop(next(iter(self.d)))
c = LRU(2)
c.put('a', 1); c.put('b', 2); c.get('a'); c.put('c', 3)
print(list(c.d.items()), c.get('b'), c.get('a'))
