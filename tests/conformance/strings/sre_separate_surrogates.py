# re on a str whose lone high surrogate is followed by a lone low one: groups, sub, split and findall
# keep the two code points separate.
import re
s = 'a\ud834\udd20b \ud834|\udd20 z'
print(len(s), [len(x) for x in s.split()])
m = re.match(r'(a)(..)(b)', s)
print(ascii(m.groups()), ascii(m.group(2)), len(m.group(2)))
print(ascii(re.sub(r'\|', '', 'x\ud834|\udd20y')), len(re.sub(r'\|', '', 'x\ud834|\udd20y')))
print(ascii(re.split(r'b', s)), ascii(re.findall(r'[\ud800-\udbff].', 'a\ud834\udd20b')))
print(ascii(re.sub(r'(.)', r'\1', 'q\ud834\udd20')), ascii(re.fullmatch(r'.+', 'q\ud834\udd20').group()))
