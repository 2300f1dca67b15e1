# reference: CPython 3.14
# sys.audit / sys.addaudithook (PEP 578) for Python-level events, sys.breakpointhook and
# sys.stdlib_module_names.
import sys

events = []


def hook(event, args):
    if event.startswith("test."):
        events.append((event, args))


sys.addaudithook(hook)
sys.audit("test.event", 1, "two")
sys.audit("test.empty")
print(events)

try:
    sys.audit(1)
except TypeError as exc:
    print("TypeError", exc)
try:
    sys.audit()
except TypeError as exc:
    print("TypeError", exc)


def vetoing(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(vetoing)
print(sys.addaudithook(lambda e, a: print("never added")))


def raising(event, args):
    if event == "test.raise":
        raise ValueError("stop")


sys.addaudithook(raising)
try:
    sys.audit("test.raise")
except ValueError as exc:
    print("ValueError", exc)

print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.breakpointhook))
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "result"
print(breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as exc:
    print("RuntimeError", exc)
sys.breakpointhook = sys.__breakpointhook__

names = sys.stdlib_module_names
print(type(names).__name__, all(n in names for n in ("os", "sys", "collections", "json", "_io", "re")))
print("not_a_module" in names)
