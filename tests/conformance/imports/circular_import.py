# Circular imports: partially initialized modules and failing from-imports
import circular.a as a
print(a.from_a())
import circular.b as b
print(b.from_b(), b.a is a)
try:
    import circular.c
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, e.name, msg[:msg.index(' (')] if ' (' in msg else msg)
