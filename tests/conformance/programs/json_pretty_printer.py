# A hand-written JSON-like serializer / pretty printer and parser, checked against json
import json
def dumps(obj, indent=2, level=0):
    pad, inner = ' ' * (indent * level), ' ' * (indent * (level + 1))
    if obj is None: return 'null'
    if obj is True: return 'true'
    if obj is False: return 'false'
    if isinstance(obj, (int, float)): return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"': out += '\\"'
            elif ch == '\\': out += '\\\\'
            elif ch == '\n': out += '\\n'
            elif ch == '\t': out += '\\t'
            elif ord(ch) < 0x20 or ord(ch) > 0x7e: out += f'\\u{ord(ch):04x}'
            else: out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj: return '[]'
        return '[\n' + ',\n'.join(inner + dumps(x, indent, level + 1) for x in obj) + '\n' + pad + ']'
    if isinstance(obj, dict):
        if not obj: return '{}'
        items = (inner + dumps(str(k)) + ': ' + dumps(v, indent, level + 1) for k, v in obj.items())
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    raise TypeError(f'cannot serialize {type(obj).__name__}')
doc = {'name': 'Kaa', 'version': [3, 14], 'ok': True, 'none': None, 'pi': 3.25, 'nested': {'empty_list': [], 'empty': {},
       'text': 'line1\nline2\t"quoted" \\ é ☃'}, 'list': [1, [2, [3, {'deep': 'yes'}]]]}
text = dumps(doc)
print(text)
print(json.loads(text) == doc, text == json.dumps(doc, indent=2))
try:
    dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
print(json.dumps(doc, sort_keys=True, separators=(',', ':')))
