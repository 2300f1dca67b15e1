# Uncaught AssertionError with a message
def check_positive(values):
    for v in values:
        assert v > 0, f'expected positive value, got {v}'
    return True
print(check_positive([1, 2, 3]))
check_positive([4, -1])
