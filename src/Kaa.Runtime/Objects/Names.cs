namespace Kaa.Runtime.Objects;

/// <summary>Identifier strings the runtime itself uses: immortal, shared by all interpreters (DESIGN §2 rule 4).</summary>
public static class Names
{
#pragma warning disable IDE1006
    public static readonly PyStr __repr__ = PyStr.Immortal("__repr__");
    public static readonly PyStr __str__ = PyStr.Immortal("__str__");
    public static readonly PyStr __hash__ = PyStr.Immortal("__hash__");
    public static readonly PyStr __call__ = PyStr.Immortal("__call__");
    public static readonly PyStr __getattribute__ = PyStr.Immortal("__getattribute__");
    public static readonly PyStr __getattr__ = PyStr.Immortal("__getattr__");
    public static readonly PyStr __setattr__ = PyStr.Immortal("__setattr__");
    public static readonly PyStr __delattr__ = PyStr.Immortal("__delattr__");
    public static readonly PyStr __iter__ = PyStr.Immortal("__iter__");
    public static readonly PyStr __next__ = PyStr.Immortal("__next__");
    public static readonly PyStr __get__ = PyStr.Immortal("__get__");
    public static readonly PyStr __set__ = PyStr.Immortal("__set__");
    public static readonly PyStr __delete__ = PyStr.Immortal("__delete__");
    public static readonly PyStr __init__ = PyStr.Immortal("__init__");
    public static readonly PyStr __new__ = PyStr.Immortal("__new__");
    public static readonly PyStr __bool__ = PyStr.Immortal("__bool__");
    public static readonly PyStr __len__ = PyStr.Immortal("__len__");
    public static readonly PyStr __getitem__ = PyStr.Immortal("__getitem__");
    public static readonly PyStr __setitem__ = PyStr.Immortal("__setitem__");
    public static readonly PyStr __delitem__ = PyStr.Immortal("__delitem__");
    public static readonly PyStr __contains__ = PyStr.Immortal("__contains__");
    public static readonly PyStr __index__ = PyStr.Immortal("__index__");
    public static readonly PyStr __int__ = PyStr.Immortal("__int__");
    public static readonly PyStr __float__ = PyStr.Immortal("__float__");
    public static readonly PyStr __complex__ = PyStr.Immortal("__complex__");
    public static readonly PyStr __trunc__ = PyStr.Immortal("__trunc__");
    public static readonly PyStr __round__ = PyStr.Immortal("__round__");
    public static readonly PyStr __format__ = PyStr.Immortal("__format__");
    public static readonly PyStr __dict__ = PyStr.Immortal("__dict__");
    public static readonly PyStr __class__ = PyStr.Immortal("__class__");
    public static readonly PyStr __name__ = PyStr.Immortal("__name__");
    public static readonly PyStr __qualname__ = PyStr.Immortal("__qualname__");
    public static readonly PyStr __module__ = PyStr.Immortal("__module__");
    public static readonly PyStr __doc__ = PyStr.Immortal("__doc__");
    public static readonly PyStr __slots__ = PyStr.Immortal("__slots__");
    public static readonly PyStr __weakref__ = PyStr.Immortal("__weakref__");
    public static readonly PyStr __eq__ = PyStr.Immortal("__eq__");
    public static readonly PyStr __ne__ = PyStr.Immortal("__ne__");
    public static readonly PyStr __init_subclass__ = PyStr.Immortal("__init_subclass__");
    public static readonly PyStr __set_name__ = PyStr.Immortal("__set_name__");
    public static readonly PyStr __class_getitem__ = PyStr.Immortal("__class_getitem__");
    public static readonly PyStr __mro_entries__ = PyStr.Immortal("__mro_entries__");
    public static readonly PyStr __instancecheck__ = PyStr.Immortal("__instancecheck__");
    public static readonly PyStr __subclasscheck__ = PyStr.Immortal("__subclasscheck__");
    public static readonly PyStr __missing__ = PyStr.Immortal("__missing__");
    public static readonly PyStr __reversed__ = PyStr.Immortal("__reversed__");
    public static readonly PyStr __length_hint__ = PyStr.Immortal("__length_hint__");
    public static readonly PyStr __enter__ = PyStr.Immortal("__enter__");
    public static readonly PyStr __exit__ = PyStr.Immortal("__exit__");
    public static readonly PyStr __aenter__ = PyStr.Immortal("__aenter__");
    public static readonly PyStr __aexit__ = PyStr.Immortal("__aexit__");
    public static readonly PyStr __await__ = PyStr.Immortal("__await__");
    public static readonly PyStr __aiter__ = PyStr.Immortal("__aiter__");
    public static readonly PyStr __anext__ = PyStr.Immortal("__anext__");
    public static readonly PyStr __abstractmethods__ = PyStr.Immortal("__abstractmethods__");
    public static readonly PyStr __classcell__ = PyStr.Immortal("__classcell__");
    public static readonly PyStr __annotations__ = PyStr.Immortal("__annotations__");
    public static readonly PyStr __builtins__ = PyStr.Immortal("__builtins__");
    public static readonly PyStr __file__ = PyStr.Immortal("__file__");
    public static readonly PyStr __package__ = PyStr.Immortal("__package__");
    public static readonly PyStr __loader__ = PyStr.Immortal("__loader__");
    public static readonly PyStr __spec__ = PyStr.Immortal("__spec__");
    public static readonly PyStr __path__ = PyStr.Immortal("__path__");
    public static readonly PyStr __all__ = PyStr.Immortal("__all__");
    public static readonly PyStr __match_args__ = PyStr.Immortal("__match_args__");
    public static readonly PyStr __prepare__ = PyStr.Immortal("__prepare__");
    public static readonly PyStr __orig_bases__ = PyStr.Immortal("__orig_bases__");
    public static readonly PyStr __main__ = PyStr.Immortal("__main__");
    public static readonly PyStr __sizeof__ = PyStr.Immortal("__sizeof__");
    public static readonly PyStr __dir__ = PyStr.Immortal("__dir__");
    public static readonly PyStr __bytes__ = PyStr.Immortal("__bytes__");
    public static readonly PyStr __buffer__ = PyStr.Immortal("__buffer__");
    public static readonly PyStr __abs__ = PyStr.Immortal("__abs__");
    public static readonly PyStr __pow__ = PyStr.Immortal("__pow__");
    public static readonly PyStr __rpow__ = PyStr.Immortal("__rpow__");
    public static readonly PyStr __notes__ = PyStr.Immortal("__notes__");
    public static readonly PyStr __floor__ = PyStr.Immortal("__floor__");
    public static readonly PyStr __ceil__ = PyStr.Immortal("__ceil__");
    public static readonly PyStr mro = PyStr.Immortal("mro");
    public static readonly PyStr keys = PyStr.Immortal("keys");
    public static readonly PyStr items = PyStr.Immortal("items");
    public static readonly PyStr send = PyStr.Immortal("send");
    public static readonly PyStr throw_ = PyStr.Immortal("throw");
    public static readonly PyStr close = PyStr.Immortal("close");
    public static readonly PyStr write = PyStr.Immortal("write");
    public static readonly PyStr flush = PyStr.Immortal("flush");
    public static readonly PyStr readline = PyStr.Immortal("readline");
    public static readonly PyStr args = PyStr.Immortal("args");
    public static readonly PyStr code = PyStr.Immortal("code");
    public static readonly PyStr value = PyStr.Immortal("value");
    public static readonly PyStr builtins = PyStr.Immortal("builtins");

    public static readonly System.Collections.Immutable.ImmutableArray<PyStr> CompareOpNames =
    [
        PyStr.Immortal("__lt__"), PyStr.Immortal("__le__"), __eq__, __ne__, PyStr.Immortal("__gt__"), PyStr.Immortal("__ge__"),
    ];
#pragma warning restore IDE1006
}
