# Writing to sys.stdout and sys.stderr; stderr is compared too
import sys
print('line to stdout')
print('line to stderr', file=sys.stderr)
sys.stdout.write('stdout write\n')
sys.stderr.write('stderr write\n')
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
n = sys.stdout.write('abc')
print('', n)
print(sys.stdout.writable(), sys.stdin.readable())
