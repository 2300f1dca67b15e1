"""Regenerates Str*.expected from Str*.cases with CPython (run with python3.13 from this folder):
    python3.13 StrCasesGen.py StrMethods FormatSpec ...
A .cases file whose first line is exactly "# reference: CPython 3.14" (behaviour that changed in 3.14)
is regenerated only by CPython 3.14 (../../../scripts/cpython314.sh StrCasesGen.py StrPercent), the others
only by 3.13 (that 3.14 build is 32-bit: __sizeof__ and the like differ); a mismatched file is skipped.
Each case line is a Python expression of one of the forms
    RECEIVER.method(ARGS...)     NAME(ARGS...) (a builtin)     A % B
where RECEIVER and each argument is any Python expression, evaluated here and passed to Kaa by value
(str, bytes, int, float, complex, bool, None, tuple, list, dict, and built-in types such as `str`).
The .expected line is: source TAB encoded-call TAB result, where result is ascii(repr(value)) or
"!ExceptionName: message" (message with non-ASCII characters backslash-escaped).
"""
import ast, struct, sys

TYPES = {str: 'str', int: 'int', float: 'float', bytes: 'bytes', dict: 'dict', list: 'list', tuple: 'tuple', complex: 'complex', bool: 'bool', bytearray: 'bytearray'}

def enc(v):
    if v is None: return 'N'
    if v is True: return 'T'
    if v is False: return 'F'
    if isinstance(v, type): return 'Y' + TYPES[v]
    if isinstance(v, str): return 's' + v.encode('utf-16-be', 'surrogatepass').hex()
    if isinstance(v, bytes): return 'b' + v.hex()
    if isinstance(v, bytearray): return 'a' + v.hex()
    if isinstance(v, int) and abs(v) < 10**100: return 'i' + str(v)
    if isinstance(v, int): return 'x' + ('-' if v < 0 else '') + hex(abs(v))[2:]
    if isinstance(v, float): return 'f' + struct.pack('>d', v).hex()
    if isinstance(v, complex): return 'c' + struct.pack('>d', v.real).hex() + struct.pack('>d', v.imag).hex()
    if isinstance(v, tuple): return ' '.join(['t%d' % len(v)] + [enc(x) for x in v])
    if isinstance(v, list): return ' '.join(['l%d' % len(v)] + [enc(x) for x in v])
    if isinstance(v, dict): return ' '.join(['d%d' % len(v)] + [enc(x) for kv in v.items() for x in kv])
    if isinstance(v, BaseException): return ' '.join(['E' + type(v).__name__, enc(v.args)])
    if isinstance(v, slice): return ' '.join(['S', enc(v.start), enc(v.stop), enc(v.step)])
    raise TypeError('cannot encode %r' % (v,))

def esc(s):
    return s.encode('ascii', 'backslashreplace').decode('ascii').replace('\t', '\\t').replace('\n', '\\n')

def run(src):
    node = ast.parse(src, mode='eval').body
    ev = lambda n: eval(compile(ast.Expression(n), '<case>', 'eval'))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        code = 'P ' + enc(ev(node.left)) + ' ' + enc(ev(node.right))
    elif isinstance(node, ast.Call):
        args = [ev(a) for a in node.args]
        kws = [(k.arg, ev(k.value)) for k in node.keywords]
        tail = ' '.join([str(len(args))] + [enc(a) for a in args] + [str(len(kws))] + [enc(k) + ' ' + enc(v) for k, v in kws])
        if isinstance(node.func, ast.Attribute):
            code = 'M ' + node.func.attr + ' ' + enc(ev(node.func.value)) + ' ' + tail
        elif isinstance(node.func, ast.Name):
            code = 'B ' + node.func.id + ' ' + tail
        else:
            raise SyntaxError(src)
    else:
        raise SyntaxError(src)
    try:
        r = esc(repr(eval(src)))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + esc(str(e))
    return code, r

for name in sys.argv[1:]:
    out = []
    with open(name + '.cases', encoding='utf-8') as f:
        if (f.readline().rstrip() == '# reference: CPython 3.14') != (sys.version_info[:2] >= (3, 14)):
            print(name, 'skipped: its reference is another CPython version')
            continue
        f.seek(0)
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            code, r = run(line)
            out.append(esc(line) + '\t' + code + '\t' + r)
    with open(name + '.expected', 'w', encoding='ascii') as f:
        f.write('\n'.join(out) + '\n')
    print(name, len(out), 'cases')
