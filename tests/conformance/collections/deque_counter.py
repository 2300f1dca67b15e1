# collections module: deque, Counter, defaultdict, OrderedDict, ChainMap
from collections import deque, Counter, defaultdict, OrderedDict, ChainMap
dq = deque([1, 2, 3], maxlen=5)
dq.append(4); dq.appendleft(0); dq.append(5)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), dq)
dq.rotate(2); print(dq)
dq.rotate(-1); print(dq, list(reversed(dq)), dq.count(3), dq.index(3))
dq.extendleft([10, 11]); print(dq)
c = Counter('abracadabra')
print(sorted(c.items()), c.most_common(2), c['z'], c['a'])
c.update('aaz'); c.subtract('b')
print(sorted(c.items()), sorted((c + Counter('zz')).items()), sorted((c & Counter('aab')).items()))
print(Counter([1, 1, 2]).total(), sorted(Counter(a=3, b=-1).elements()))
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(dict(dd), dd['missing'], sorted(dd))
counts = defaultdict(int)
for w in 'the cat the hat'.split():
    counts[w] += 1
print(dict(counts))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(list(od))
od.move_to_end('c', last=False); print(list(od), od.popitem(), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
