# The complete TextTestRunner report (tracebacks with carets, diffs), paths and timing normalised.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))

class Report(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_fail_list(self):
        self.assertEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 3, [1, 2, 3, 4, 5, 6, 0, 8, 9, 10] * 3)

    def test_fail_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_error(self):
        return helper(0)

    def test_raises(self):
        with self.assertRaises(KeyError):
            pass

    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    @unittest.skip("reason")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        raise AssertionError("expected")


def helper(x):
    return 10 / x


if __name__ == '__main__':
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Report))
    text = stream.getvalue().replace(HERE, '<dir>')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
