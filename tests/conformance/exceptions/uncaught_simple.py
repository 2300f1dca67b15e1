# Uncaught exception at top level after some output
def validate(age):
    if age < 0:
        raise ValueError(f'age cannot be negative: {age}')
    return age
print('validating')
print(validate(30))
validate(-5)
print('never printed')
