# __init_subclass__ and class keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print('registered', cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name='b'): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print('TypeError', e)
class Base:
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, kw)
class Mid(Base):
    def __init_subclass__(cls, flag=False, **kw):
        print('Mid.__init_subclass__', cls.__name__, flag)
        super().__init_subclass__(**kw)
class Leaf(Mid, flag=True, extra='x'): pass
try:
    class NoKw(flag=1): pass
except TypeError as e:
    print('TypeError', e)
print(type(Base.__dict__['__init_subclass__']).__name__)
