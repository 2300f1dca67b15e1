# Exceptions survive pickle and copy with their attributes (BaseException __reduce__/__setstate__):
# set attributes, __notes__, OSError/ImportError/SyntaxError/UnicodeError fields, groups.
import pickle, copy
e = ValueError(1); e.foo = 2
print(e.__reduce__()[2:], pickle.loads(pickle.dumps(e)).foo, copy.copy(e).foo)
o = OSError(2, 'No such file', 'a.txt')
r = pickle.loads(pickle.dumps(o)); print(r.errno, r.strerror, r.filename, str(r))
i = ImportError('m', name='mod', path='/p')
r = pickle.loads(pickle.dumps(i)); print(r.name, r.path, r.msg)
s = StopIteration(5); print(pickle.loads(pickle.dumps(s)).value)
print(hasattr(BaseException, '__setstate__'))
ex = KeyError('k'); ex.add_note('n'); print(pickle.loads(pickle.dumps(ex)).__notes__)
s = StopIteration(1); s.value = 5; print(s.value, s.args)
se = SyntaxError('bad', ('f.py', 3, 4, 'x y', 3, 5))
r = pickle.loads(pickle.dumps(se)); print(r.msg, r.filename, r.lineno, r.offset, r.text, r.end_lineno, r.end_offset)
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
r = pickle.loads(pickle.dumps(ue)); print(r.encoding, r.object, r.start, r.end, r.reason)
ae = AttributeError('x', name='n', obj=3)
r = copy.copy(ae); print(r.name, r.obj)
eg = ExceptionGroup('g', [ValueError(1)])
r = pickle.loads(pickle.dumps(eg)); print(r.message, r.exceptions)
sx = SystemExit(3); print(pickle.loads(pickle.dumps(sx)).code)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b); self.extra = a + b
m = pickle.loads(pickle.dumps(MyErr(1, 2))); print(m.args, m.extra)
