import types

def err(f):
    try:
        print("->", f())
    except Exception as e:
        print(type(e).__name__, e)

print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], list[...])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int](range(2)), list[int].__name__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(*list[int], repr(next(iter(list[int]))), list[int].__mro_entries__(()), list[int].__reduce__())
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)), type(list[int]) is types.GenericAlias)
print(int | None, (int | str).__args__, int | str == str | int, int | int, None | int, list[int] | None, int | str | int)
print(isinstance(3, int | str), isinstance('a', int | None), issubclass(bool, int | None), hash(int | str) == hash(str | int))
err(lambda: isinstance([], list[int]))
err(lambda: issubclass(list, list[int]))
err(lambda: list[int][int])
err(lambda: int | 3)
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A([1]))
class G:
    __class_getitem__ = classmethod(types.GenericAlias)
print(G[int], G[int, str], G[int]().__orig_class__)
print(frozenset[int], set[str], enumerate[int])
