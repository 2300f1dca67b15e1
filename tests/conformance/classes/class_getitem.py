# __class_getitem__ and generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__ is list, list[int].__args__, list[int]() == [])
class Meta(type):
    def __getitem__(cls, item):
        return f'Meta getitem {item}'
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem'
print(WithMeta['q'])
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print('TypeError', e)
class Gen[T]:
    def __init__(self, v: T): self.v = v
print(Gen[int].__origin__ is Gen, Gen(5).v, Gen.__type_params__[0].__name__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([9, 8]), first.__type_params__[0].__name__)
type Alias = list[int]
print(Alias.__name__, Alias.__value__)
