# Every combination of for/while else with break/continue/return/exception
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 1)
def loop_return():
    for i in range(3):
        if i == 1:
            return 'returned'
    else:
        return 'else'
print(loop_return())
def loop_raise():
    try:
        for i in range(3):
            if i == 1:
                raise ValueError('inside')
        else:
            print('unreachable else')
    except ValueError as e:
        print('caught', e)
loop_raise()
for i in range(3):
    continue
else:
    print('else after continue-only loop')
i = 0
while i < 3:
    i += 1
    if i == 10:
        break
else:
    print('while else', i)
