# Comprehensions run inline (PEP 709): they carry their scope's name and share its traceback entry
import sys
def outer():
    names = [sys._getframe().f_code.co_name for _ in range(1)]
    gen_names = list(sys._getframe().f_code.co_name for _ in range(1))
    return names, gen_names
print(outer(), [sys._getframe().f_code.co_name for _ in range(1)])
class K:
    where = [sys._getframe().f_code.co_name for _ in range(1)]
print(K.where)
def make():
    return [lambda: i for i in range(2)], {k: (lambda: k) for k in 'a'}
fs, d = make()
print(fs[0].__qualname__, d['a'].__qualname__, [f() for f in fs])
print([lambda: 0 for _ in range(1)][0].__qualname__, (lambda: 0).__qualname__)
def parse(v):
    return int(v)
def load(rows):
    return {r: [parse(x) for x in r.split(',')] for r in rows}
try:
    load(['1,2', '3,x'])
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
load(['4,5', '6,seven'])
