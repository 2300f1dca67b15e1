"""Exceptions raised and caught: try/except in loops, custom classes, finally, re-raise."""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def main():
    d = {i: i for i in range(0, 1000, 2)}
    found = missing = 0
    for i in range(1000000):
        try:
            found += lookup(d, i % 1000)
        except NotFound as e:
            missing += e.key & 1
    print("lookup", found, missing)
    values = ["12", "x", "7", "", "42", "3.5"]
    total = 0
    for i in range(700000):
        total += parse(values[i % 6])
    print("parse", total)
    count = 0
    for i in range(1000000):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                count += 1
            finally:
                count += 2
        except ValueError:
            count -= 1
    print("finally", count)
    depth = 0
    for i in range(250000):
        try:
            try:
                raise AppError("inner")
            except AppError as e:
                raise RuntimeError("outer") from e
        except RuntimeError as e:
            depth += e.__cause__ is not None
    print("chained", depth)


main()
