# Assorted string processing utilities
import re
def slugify(s):
    s = re.sub(r'[^\w\s-]', '', s.lower())
    return re.sub(r'[-\s]+', '-', s).strip('-')
def camel_to_snake(s):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', s).lower()
def snake_to_camel(s):
    first, *rest = s.split('_')
    return first + ''.join(w.title() for w in rest)
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
def rle(s):
    return ''.join(f'{len(m.group(0))}{m.group(1)}' for m in re.finditer(r'(.)\1*', s))
def unrle(s):
    return ''.join(ch * int(n) for n, ch in re.findall(r'(\d+)(\D)', s))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
def wrap_words(text, width):
    lines, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    return lines + [cur] if cur else lines
print(slugify('Hello, World! This is -- Kaa'), camel_to_snake('parseHTTPResponseCode'), snake_to_camel('make_it_camel_case'))
print([is_palindrome(s) for s in ['A man, a plan, a canal: Panama', 'race a car', '', 'Was it a car or a cat I saw?']])
enc = rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW')
print(enc, unrle(enc) == 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW')
print(anagrams(['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'dog']))
for line in wrap_words('The quick brown fox jumps over the lazy dog and keeps running far away', 16):
    print(f'|{line:<16}|')
print(re.findall(r'\b\w+@\w+\.\w+\b', 'contact: a@b.com, x@y.org; bad@ nope'), re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
