# raise SystemExit with a string after output: message to stderr, exit code 1
import sys
print('doing work')
print('warning on stderr', file=sys.stderr)
def bail():
    raise SystemExit('bailing out: bad input')
bail()
