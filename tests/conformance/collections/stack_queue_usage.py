# Lists as stacks, deques as queues, balanced brackets and RPN evaluation
from collections import deque
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ['()', '([]{})', '([)]', '((', '', 'a(b[c]{d}e)f', '}']:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
        else:
            st.append(float(tok) if '.' in tok else int(tok))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2.5 2 /'))
try:
    rpn('1 +')
except IndexError as e:
    print('IndexError', e)
q = deque()
for i in range(5):
    q.append(i)
    if i % 2:
        print('served', q.popleft())
print(list(q), len(q))
def josephus(n, k):
    d = deque(range(1, n + 1))
    order = []
    while d:
        d.rotate(-(k - 1))
        order.append(d.popleft())
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
