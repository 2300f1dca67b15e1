# Reading from stdin (fed from stdin_reading.in)
import sys
first = input()
print('first line:', repr(first))
second = input('prompt> ')
print('second line:', repr(second))
rest = sys.stdin.read()
print('rest lines:', rest.splitlines())
total = sum(int(x) for x in rest.split() if x.isdigit())
print('sum of numbers:', total)
try:
    input()
except EOFError as e:
    print('EOFError', e)
