# reference: CPython 3.14
# PEP 765: a SyntaxWarning for return/break/continue leaving a finally block (not for a loop or a function
# inside the block), with its location; as an error under -W error; and the warnings this file itself gets.
import warnings
srcs = {
 'ret': "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
 'brk': "for i in range(3):\n    try:\n        pass\n    finally:\n        break\n",
 'cont': "for i in range(3):\n    try:\n        pass\n    finally:\n        continue\n",
 'inner loop': "def f():\n    try:\n        pass\n    finally:\n        for i in range(3):\n            break\n        while True:\n            continue\n",
 'nested def': "def f():\n    try:\n        pass\n    finally:\n        def g():\n            return 1\n        class C:\n            def h(self): return 2\n        lambda: 3\n",
 'nested try': "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 1\n        except:\n            pass\n",
 'except in finally': "def f():\n    try:\n        pass\n    finally:\n        try:\n            pass\n        finally:\n            return 2\n",
 'ret in except': "def f():\n    try:\n        pass\n    except:\n        return 1\n",
 'ret in else': "def f():\n    try:\n        pass\n    except:\n        pass\n    else:\n        return 1\n",
 'two': "def f():\n    try:\n        pass\n    finally:\n        if x:\n            return 1\n        return 2\n",
 'loop break inner try': "while True:\n    try:\n        pass\n    finally:\n        while True:\n            try:\n                pass\n            finally:\n                break\n",
 'async': "async def f():\n    try:\n        pass\n    finally:\n        return\n",
 'with in finally': "for x in y:\n    try:\n        pass\n    finally:\n        with z:\n            break\n",
 'match': "def f():\n    try:\n        pass\n    finally:\n        match x:\n            case 1:\n                return 3\n",
 'trystar': "def f():\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        return 5\n",
 'exec mode': "try:\n    pass\nfinally:\n    pass\n",
}
for name, src in srcs.items():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print(name, 'SyntaxError', e)
    print(name, [(str(x.message), x.category.__name__, x.lineno) for x in w])
# as error
warnings.simplefilter('error')
try:
    compile(srcs['ret'], '<s>', 'exec')
except SyntaxError as e:
    print('error:', e, e.lineno, e.offset, e.end_lineno, e.end_offset)

def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(swallow())
for i in range(2):
    try:
        pass
    finally:
        continue
print('loop done', i)
