# A percent sign as the conversion: only '%%' is literal (str and bytes).
for f in ['% %s', '%5%', '%-5%', '%(a)%', '%.3%', '%%', '%l%']:
    for fmt in (f, f.encode()):
        for args in ((), (1,), {'a': 1}):
            try: print(repr(fmt), args, repr(fmt % args))
            except Exception as e: print(repr(fmt), args, type(e).__name__, e)
