# Parsing with partition/split and building with templates
from string import Template
lines = ['name = Alice', 'age=30', 'city =Paris', 'broken line', ' key = value = extra ', '# comment', '']
config = {}
for line in lines:
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    key, sep, value = line.partition('=')
    if not sep:
        print('skipping', repr(line))
        continue
    config[key.strip()] = value.strip()
print(config)
t = Template('$name is $age years old and lives in ${city}.')
print(t.substitute(config))
print(t.safe_substitute(name='Bob'))
try:
    t.substitute(name='Bob')
except KeyError as e:
    print('KeyError', e)
print(Template('$$ costs $amount').substitute(amount='5'))
import string
print(string.ascii_lowercase, string.digits, string.punctuation, string.hexdigits)
print(string.capwords('the quick  brown fox'), '{0:{fill}^{w}}'.format('mid', fill='.', w=11))
