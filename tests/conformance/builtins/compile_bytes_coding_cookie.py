# PEP 263 cookies in source given as bytes to compile()/exec(): an unknown encoding is
# 'unknown encoding: NAME' at line 0; a known one decodes the text.
for src in [b'# -*- coding: badencoding -*-\nx = 1\n', b'# coding: utf-8\nx = 1\n', b'# coding: latin-1\nx = "\xe9"\nprint(x)\n', b'#!/bin/sh\n# coding: nope\nx=1\n', bytearray(b'# coding: bogus\n')]:
  for f in ['compile', 'exec']:
    try:
      if f == 'compile': compile(src, 'tmp', 'exec'); print('ok')
      else: exec(src, {}); print('ok')
    except SyntaxError as e: print(f, repr(e.msg), e.lineno, e.offset, e.filename)
