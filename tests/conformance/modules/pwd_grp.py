# pwd and grp over the system databases: compare entries with each other and with os, so the output
# does not depend on the machine's accounts.
import grp
import os
import pwd

me = pwd.getpwuid(os.getuid())
print(type(me).__name__, type(me).__module__, len(me), me[0] == me.pw_name, me.pw_uid == os.getuid())
print(pwd.getpwnam(me.pw_name) == me, me in pwd.getpwall())
print([type(x).__name__ for x in me])
root = pwd.getpwnam('root')
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir)
print(pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_fields)
print(all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()))

g = grp.getgrgid(os.getgid())
print(type(g).__name__, len(g), g.gr_gid == os.getgid(), grp.getgrnam(g.gr_name) == g, g in grp.getgrall())
print(type(g.gr_mem).__name__, all(isinstance(m, str) for e in grp.getgrall() for m in e.gr_mem))
r = grp.getgrgid(0)
print(r.gr_name, r.gr_gid, grp.getgrgid(id=0) == r)

for call in ['pwd.getpwuid("x")', 'pwd.getpwuid(2**40)', 'pwd.getpwuid(-5)', 'pwd.getpwuid(2**70)', 'pwd.getpwuid(1.5)',
             'pwd.getpwnam("no such user")', 'pwd.getpwnam(b"root")', 'pwd.getpwnam("a\\0b")', 'pwd.getpwuid()',
             'pwd.getpwuid(uid=0)', 'pwd.getpwall(1)', 'grp.getgrnam("no such group")', 'grp.getgrgid("0")',
             'grp.getgrgid(-5)', 'grp.getgrgid(2**32)', 'grp.getgrgid(2**70)', 'grp.getgrgid(-2**70)',
             'grp.getgrnam(b"x")', 'grp.getgrall(1)', 'grp.getgrgid()']:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(sorted(x for x in dir(pwd) if not x.startswith('_')), sorted(x for x in dir(grp) if not x.startswith('_')))
