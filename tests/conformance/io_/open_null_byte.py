# A NUL in a file name: open() reports it as CPython's file-system converter does, os functions name themselves.
import os
for f in [lambda: open('a\0b'), lambda: open(b'a\0b'), lambda: open('a\0b', 'w'),
          lambda: os.stat('a\0b'), lambda: os.open('a\0b', 0), lambda: os.listdir('a\0b')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
