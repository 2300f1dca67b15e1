# gh-55664: a class whose __dict__ gets a non-str key is created, with a RuntimeWarning naming it.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    MyClass = type('MyClass', (), {1: 2})

    class meta(type):
        def __new__(mcls, name, bases, ns):
            ns[1] = 2
            return super().__new__(mcls, name, bases, ns)

    class B(metaclass=meta):
        pass

    C = type('C', (), {'a': 1})
for w in caught:
    print(w.category.__name__, w.message, w.filename.endswith('class_dict_nonstr_keys.py'))
print(MyClass.__dict__[1], B.__dict__[1])
warnings.simplefilter('error')
try:
    type('E', (), {(1, 2): 3})
except RuntimeWarning as e:
    print('RuntimeWarning', e)
