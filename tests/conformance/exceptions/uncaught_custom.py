# Uncaught custom exception with notes
class ConfigError(Exception):
    pass
def load(cfg):
    if 'name' not in cfg:
        err = ConfigError('missing key: name')
        err.add_note('hint: add a name entry')
        raise err
print('loading')
load({'x': 1})
