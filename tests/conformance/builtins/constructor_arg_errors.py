# Argument-count and keyword errors of the built-in constructors
for f, a in [(int, (1,2,3)), (float, (1,2)), (str, (1,2,3,4)), (bytes, (1,2,3,4)), (complex, (1,2,3)), (bool, (1,2)), (tuple, (1,2)), (list, (1,2)), (dict, (1,2)), (set, (1,2)), (frozenset, (1,2)), (range, ()), (range, (1,2,3,4)), (slice, ()), (type, (1,2)), (object, (1,)), (bytearray, (1,2,3,4)), (memoryview, ()), (enumerate, ()), (zip, ()), (map, (1,)), (filter, (1,)), (reversed, ()), (super, (1,2,3)), (property, (1,2,3,4,5))]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f, kw in [(int, {'x': 1}), (float, {'x': 1}), (str, {'y': 1}), (list, {'a': 1}), (tuple, {'a': 1}), (dict, {}), (set, {'a': 1}), (frozenset, {'a': 1}), (bool, {'x': 1}), (complex, {'z': 1}), (int, {'base': 10}), (range, {'a': 1}), (enumerate, {'x': 1}), (zip, {'x': 1}), (object, {'a': 1}), (bytes, {'q': 1})]:
    try:
        print(f.__name__, f(**kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
