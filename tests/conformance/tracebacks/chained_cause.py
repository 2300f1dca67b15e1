# Explicit chaining with raise ... from ...
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg['port'])
    except ValueError as e:
        raise ConfigError('port must be an integer') from e
print(read_port({'port': '80'}))
read_port({'port': 'eighty'})
