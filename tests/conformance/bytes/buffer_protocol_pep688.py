# reference: CPython 3.14
# PEP 688 from Python: __buffer__/__release_buffer__ on the built-in exporters, classes defining
# __buffer__ accepted by memoryview(), bytes(), bytearray(), collections.abc.Buffer.
import collections.abc, array, inspect
for o in [b'ab', bytearray(b'ab'), memoryview(b'ab'), array.array('i', [1, 2]), 'str', 1, [1]]:
    print(type(o).__name__, isinstance(o, collections.abc.Buffer), hasattr(type(o), '__release_buffer__'))
print(bytes.__buffer__(b'xy', 0).tobytes(), type(bytearray(b'z').__buffer__(inspect.BufferFlags.WRITABLE)).__name__)
for call in [lambda: bytes.__buffer__(b'x', inspect.BufferFlags.WRITABLE), lambda: b'x'.__buffer__('a'), lambda: b'x'.__buffer__()]:
    try: call()
    except Exception as e: print(type(e).__name__, e)
class P:
    def __buffer__(self, flags):
        return memoryview(b'xyz')
print(memoryview(P()).tobytes(), bytes(P()), bytearray(P()), isinstance(P(), collections.abc.Buffer))
class Bad:
    def __buffer__(self, flags):
        return b'xyz'
for call in [lambda: memoryview(Bad()), lambda: bytes(Bad())]:
    try: call()
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(b'hi'); v = memoryview(ba)
print(ba.__release_buffer__(v))
try: ba.__release_buffer__(1)
except TypeError as e: print(e)
