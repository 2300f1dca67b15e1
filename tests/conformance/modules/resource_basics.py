# resource over libc: constants, limits read back after setting them, getrusage fields, CPython's errors.
import resource as r
print([x for x in dir(r) if not x.startswith('__')])
print({k: getattr(r,k) for k in dir(r) if k.startswith(('RLIMIT','RUSAGE', 'RLIM_'))})
print(r.struct_rusage.n_sequence_fields, r.struct_rusage.n_fields, r.struct_rusage.__match_args__)
for c in ['r.getrlimit(99)','r.getrlimit(-1)','r.getrlimit("x")','r.setrlimit(r.RLIMIT_NOFILE, (1,))','r.setrlimit(r.RLIMIT_NOFILE, 5)','r.getrusage(5)','r.setrlimit(99,(1,1))','r.setrlimit(r.RLIMIT_NOFILE,(2**70,1))','r.getpagesize()','r.error', 'r.getrlimit(2**40)']:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
print(isinstance(soft, int), r.prlimit(0, r.RLIMIT_NOFILE) == (soft, hard))
r.setrlimit(r.RLIMIT_NOFILE, (soft - 1 if soft > 1 else soft, hard))
print(r.getrlimit(r.RLIMIT_NOFILE)[0] == (soft - 1 if soft > 1 else soft))
print(r.prlimit(0, r.RLIMIT_NOFILE, (soft, hard))[0] == (soft - 1 if soft > 1 else soft), r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard))
try:
    r.setrlimit(r.RLIMIT_NOFILE, (hard + 1 if hard != r.RLIM_INFINITY else 2**62, hard)) if hard != r.RLIM_INFINITY else print('inf')
except ValueError as e:
    print('ValueError', e)
u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, len(u), isinstance(u.ru_utime, float), u.ru_maxrss > 0, u[2] == u.ru_maxrss)
print(len(r.getrusage(r.RUSAGE_CHILDREN)), len(r.getrusage(r.RUSAGE_THREAD)))
