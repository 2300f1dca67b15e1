print('circular.b: start')
from . import a
print('circular.b: a partially initialized, has A_EARLY:', hasattr(a, 'A_EARLY'), 'has A_LATE:', hasattr(a, 'A_LATE'))
B_VALUE = 'b-value'
def from_b():
    return 'b sees ' + a.A_LATE
