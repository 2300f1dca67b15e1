# __bool__ and __len__
class Empty:
    def __len__(self): return 0
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Empty()), bool(Sized(3)), len(Sized(7)), bool(Flag(True)), bool(Flag(False)), bool(object()))
class BadLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 1.5
class HugeLen:
    def __len__(self): return 2**70
for cls in [BadLen, FloatLen, HugeLen]:
    try:
        len(cls())
    except (ValueError, TypeError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IndexLen()))
class BoolSub(Flag): pass
print(bool(BoolSub(False)), not BoolSub(True))
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print('TypeError', e)
