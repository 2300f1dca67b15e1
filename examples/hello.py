"""A first Kaa program: run it with `dotnet run --project src/Kaa.Cli -- examples/hello.py`."""


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self, times=1):
        return " ".join(f"Hello, {self.name}!" for _ in range(times))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    g = Greeter("Kaa")
    print(g, g.greet(2))
    print("fib(90) =", fib(90))
    print(sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1]))
