# unittest.mock (imports asyncio): MagicMock, patch/patch.object/patch.dict, AsyncMock, spec,
# side_effect and call objects.
import asyncio
import os
from unittest import mock
from unittest.mock import MagicMock, AsyncMock, patch, call, sentinel

m = MagicMock()
m.foo(1, 2, x=3)
m.foo.assert_called_once_with(1, 2, x=3)
m.bar.return_value = 42
print(m.bar(), m.foo.call_args, m.mock_calls)
print(len(m), list(iter(m)), 3 in m, int(m), str(m.__getitem__.__class__.__name__))
with patch("os.getcwd", return_value="/patched") as p:
    print(os.getcwd(), p.call_count)
print(os.getcwd() != "/patched")


@patch.object(os.path, "exists")
def f(mock_exists):
    mock_exists.return_value = True
    return os.path.exists("/nope"), mock_exists.call_args_list


print(f())
am = AsyncMock(return_value="async result")


async def main():
    r = await am(1)
    am.assert_awaited_once_with(1)
    return r


print(asyncio.run(main()), am.await_count)
s = mock.Mock(spec=["a", "b"])
try:
    s.c
except AttributeError as e:
    print("AttributeError", e)
m2 = MagicMock(side_effect=[1, 2, ValueError("boom")])
print(m2(), m2())
try:
    m2()
except ValueError as e:
    print("ValueError", e)
print(sentinel.x is sentinel.x, call(1) == call(1), call(1) == call(2))
with patch.dict(os.environ, {"KAA_TEST_X": "1"}):
    print(os.environ["KAA_TEST_X"])
print("KAA_TEST_X" in os.environ)
try:
    m.foo.assert_called_with(5)
except AssertionError as e:
    print("AssertionError", str(e).splitlines()[0])
mm = mock.create_autospec(lambda a, b=2: None)
mm(1)
try:
    mm(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
