DATA = list(range(5))
