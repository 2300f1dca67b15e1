# Passing, failing, erroring, skipped, expected-failure and subTest outcomes, verbosity 2.
import logging
import unittest
import _report

class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)
        self.assertIn(2, [1, 2, 3])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertTrue([1])
        self.assertIsNone(None)
        self.assertIsInstance(1, int)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise ValueError("boom")

    def test_error_in_helper(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.skipIf(True, "condition was true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition was false")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 3)
        with self.subTest("named", kind="x"):
            self.assertEqual("a", "b")

    def test_subtest_error(self):
        with self.subTest(n=1):
            raise KeyError("k")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        with self.assertRaisesRegex(ValueError, r'inv\w+ literal'):
            int('invalid')
        self.assertRaises(KeyError, {}.__getitem__, 'x')

    def test_raises_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_raises_wrong_type(self):
        with self.assertRaises(KeyError):
            raise IndexError("wrong one")

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "^xyz"):
            raise ValueError("abc")

    def test_logs(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('first %s', 'message')
            logging.getLogger('app.sub').error('second')
            logging.getLogger('app').debug('hidden')
        self.assertEqual(cm.output, ['INFO:app:first message', 'ERROR:app.sub:second'])
        self.assertEqual([r.levelname for r in cm.records], ['INFO', 'ERROR'])

    def test_logs_nothing(self):
        with self.assertLogs('quiet', level='ERROR'):
            logging.getLogger('quiet').info('below the level')

    def test_no_logs(self):
        with self.assertNoLogs('app2', level='WARNING'):
            logging.getLogger('app2').info('fine')


if __name__ == '__main__':
    load = unittest.defaultTestLoader.loadTestsFromTestCase
    _report.run(load(Outcomes))
    _report.run(load(Outcomes), verbosity=1)
    _report.run(unittest.defaultTestLoader.loadTestsFromTestCase(Outcomes), verbosity=0, failfast=True)
