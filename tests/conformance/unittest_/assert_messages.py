# The failure messages of the assert methods, including difflib-based diffs of long values.
import unittest
import _report

class Messages(unittest.TestCase):
    maxDiff = None

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 3, [1, 2, 3, 4, 5, 6, 0, 8, 9, 10] * 3)

    def test_list_length(self):
        self.assertListEqual([1, 2, 3], [1, 2, 3, 4, 5])

    def test_dict_diff(self):
        self.assertEqual({'a': 1, 'b': 2, 'c': [1, 2]}, {'a': 1, 'b': 3, 'c': [1, 2]})

    def test_dict_long(self):
        a = {i: str(i) * 3 for i in range(20)}
        b = dict(a)
        b[7] = 'changed'
        del b[13]
        self.assertDictEqual(a, b)

    def test_multiline(self):
        self.assertEqual("hello world\nline two\nline three\n", "hello world\nline 2\nline three\n")

    def test_long_string(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_tuple(self):
        self.assertTupleEqual((1, 'a', None), (1, 'b', None))

    def test_sequence(self):
        self.assertSequenceEqual((1, 2, 3), [1, 2])

    def test_set(self):
        self.assertSetEqual({1, 2, 3}, {2, 3, 4})

    def test_count_equal(self):
        self.assertCountEqual([1, 2, 2, 3, 'x'], [3, 2, 1, 1, 'y'])

    def test_almost_equal(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_places(self):
        self.assertAlmostEqual(1.0001, 1.0002, places=5)

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.0 + 1e-9)

    def test_in(self):
        self.assertIn('z', 'abc')

    def test_not_in(self):
        self.assertNotIn(2, [1, 2, 3])

    def test_is(self):
        self.assertIs([], [])

    def test_is_none(self):
        self.assertIsNone(0)

    def test_isinstance(self):
        self.assertIsInstance('x', int)

    def test_true(self):
        self.assertTrue(0)

    def test_false_msg(self):
        self.assertFalse([1], msg="custom message")

    def test_long_msg(self):
        self.longMessage = False
        self.assertEqual(3, 4, "only this")

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2, "extra")

    def test_regex(self):
        self.assertRegex("hello", r"^x")

    def test_not_regex(self):
        self.assertNotRegex("hello", r"l+")

    def test_not_equal(self):
        self.assertNotEqual("same", "same")

    def test_fail(self):
        self.fail("explicit failure")

    def test_multiline_method(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\nd\n")

    def test_nested(self):
        self.assertEqual({'k': [1, {'x': (1, 2)}], 'j': 'text'}, {'k': [1, {'x': (1, 3)}], 'j': 'text'})

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old api", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old api")
        with self.assertWarnsRegex(UserWarning, "o+"):
            warnings.warn("foo")
        with self.assertWarns(RuntimeWarning):
            pass


if __name__ == '__main__':
    _report.run(unittest.defaultTestLoader.loadTestsFromTestCase(Messages))
