# Repeated identical frames are collapsed in the traceback
def countdown(n):
    if n == 0:
        raise ValueError('reached zero')
    return countdown(n - 1)
print('counting down from 40')
countdown(40)
