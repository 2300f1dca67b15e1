# Subclasses that override iteration are iterated, not copied; reversed()'s length hint asks the
# sequence again; deprecation warnings for ~bool and __complex__ returning a complex subclass.
import operator
import warnings


class LyingList(list):
    def __iter__(self):
        yield 1


class LyingTuple(tuple):
    def __iter__(self):
        yield 1


print(list(LyingList([2])), tuple(LyingList([2])), list(LyingTuple((2,))), [0] + list(LyingList([5])))
extended = [0]
extended.extend(LyingList([9]))
print(extended)


class WeirdLen:
    calls = 0

    def __len__(self):
        WeirdLen.calls += 1
        if WeirdLen.calls > 1:
            raise ZeroDivisionError("len failed")
        return 4

    def __getitem__(self, index):
        return index


r = reversed(WeirdLen())
try:
    operator.length_hint(r)
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc)
grow = [1, 2, 3]
r = reversed(grow)
next(r)
grow.clear()
print(operator.length_hint(r), list(r))


class ComplexSub(complex):
    pass


class ReturnsSub:
    def __complex__(self):
        return ComplexSub(1, 2)


yes, no = True, False
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(~yes, ~no, complex(ReturnsSub()), type(complex(ReturnsSub())).__name__)
for w in caught:
    print(w.category.__name__, str(w.message)[:60])
