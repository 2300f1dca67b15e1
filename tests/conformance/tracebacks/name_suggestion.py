# NameError with a "Did you mean" suggestion
def compute():
    result_value = 10
    return result_valu * 2
print('computing')
compute()
