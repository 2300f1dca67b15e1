for o in ['Z', 'c', '', None, 'C', 'F', 'A', 1]:
    try: print(memoryview(b'ab').tobytes(order=o))
    except Exception as e: print(type(e).__name__, e)
try: hash(memoryview(bytearray(b'abc')).toreadonly())
except Exception as e: print(type(e).__name__, e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
class B1(bytearray):
    def __new__(cls, v): print(type(v).__name__); return super().__new__(cls, v)
B1.fromhex('a0a1')
class B2(bytes):
    def __new__(cls, v): print(type(v).__name__); return super().__new__(cls, v)
print(B2.fromhex('a0a1'))
