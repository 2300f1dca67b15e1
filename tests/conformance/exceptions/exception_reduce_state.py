# __reduce__ of exceptions whose fields live in the struct: BaseException's (type, args[, __dict__]),
# OSError's (filenames back in args), ImportError's (name/path/name_from in the state),
# AttributeError's __getstate__ (name and args, never obj); pickle and copy round trips.
import pickle, copy
for e in [ValueError(1), KeyError(1), OSError(2, 'x', 'f'), OSError(2, 'x', 'f', None, 'g'), OSError(2, 'x'),
          ImportError('m', name='n'), ImportError('m'), ImportError(), ImportError('m', name=None),
          ModuleNotFoundError('m', name='n', path='p', name_from='q'), AttributeError('m', name='n', obj=1),
          AttributeError('m'), NameError('m', name='x'), StopIteration(3), SystemExit(3),
          SyntaxError('m', ('f', 1, 2, 't')), ExceptionGroup('m', [ValueError()]),
          UnicodeDecodeError('u', b'x', 0, 1, 'r')]:
    print(type(e).__name__, e.__reduce__())
print(AttributeError('m').__getstate__())
x = ValueError(1); x.__dict__; print(x.__reduce__())
x.add_note('n'); print(x.__reduce__(), x.__dict__)
o = OSError(2, 'x', 'f'); o.extra = 1
r = pickle.loads(pickle.dumps(o)); print(type(r).__name__, r.args, r.filename, r.extra, r.__dict__)
c = copy.copy(OSError(2, 'x', 'f')); print(c.filename, c.__dict__)
a = AttributeError('m', name='n', obj=object())
r = pickle.loads(pickle.dumps(a)); print(r.name, r.obj, r.args, r.__dict__)
i = ImportError('m', name='n', path='p')
r = copy.deepcopy(i); print(r.msg, r.name, r.path, r.name_from, r.__dict__)
n = NameError('m', name='x'); print(pickle.loads(pickle.dumps(n)).name)
s = SyntaxError('m', ('f', 1, 2, 't')); print(pickle.loads(pickle.dumps(s)).lineno)
