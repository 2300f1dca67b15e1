# Complex nested patterns with guards over a list of records
records = [
    {'name': 'alice', 'roles': ['admin', 'dev'], 'age': 30},
    {'name': 'bob', 'roles': ['dev'], 'age': 17},
    {'name': 'carol', 'roles': [], 'age': 45},
    {'name': 'dave', 'roles': ['ops', 'dev', 'qa'], 'age': 29},
    {'name': 'eve'},
    ('tuple', 'record'),
]
for r in records:
    match r:
        case {'name': str(n), 'roles': ['admin', *others]}:
            print(n, 'is admin; also', others)
        case {'name': n, 'age': int(a)} if a < 18:
            print(n, 'is a minor')
        case {'name': n, 'roles': []}:
            print(n, 'has no roles')
        case {'name': n, 'roles': [_, _, *more] as roles}:
            print(n, 'has many roles', len(roles), more)
        case {'name': n, 'roles': [single]}:
            print(n, 'has one role', single)
        case {'name': n}:
            print(n, 'is incomplete')
        case other:
            print('not a record:', other)
