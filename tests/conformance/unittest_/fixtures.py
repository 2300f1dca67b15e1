# setUp/tearDown/setUpClass/tearDownClass/setUpModule, cleanups and their errors, in order.
import sys
import unittest
import _report

log = []

def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')

def tearDownModule():
    log.append('tearDownModule')

class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')
        cls.addClassCleanup(log.append, 'First class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.assertEqual(1, 0)

    def test_cleanup_error(self):
        def bad():
            raise RuntimeError('cleanup failed')
        self.addCleanup(bad)
        self.addCleanup(log.append, 'runs first (LIFO)')

    def test_do_cleanups(self):
        self.addCleanup(log.append, 'explicit doCleanups')
        self.doCleanups()
        log.append('after doCleanups')

class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest('skip from setUp')

    def test_never(self):
        log.append('never runs')

class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise TypeError('setUp broke')

    def test_x(self):
        log.append('never runs either')

    def tearDown(self):
        log.append('tearDown not called after failed setUp')

class BrokenClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('class setup broke')

    def test_y(self):
        pass

@unittest.skip('whole class skipped')
class SkippedClass(unittest.TestCase):
    def test_z(self):
        pass

class Ordering(unittest.TestCase):
    def test_2(self): log.append('Ordering.test_2')
    def test_10(self): log.append('Ordering.test_10')
    def test_1(self): log.append('Ordering.test_1')
    def helper(self): pass


if __name__ == '__main__':
    loader = unittest.TestLoader()
    print(loader.getTestCaseNames(Ordering))
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    print(suite.countTestCases())
    _report.run(suite)
    for entry in log:
        print(entry)
    print(loader.loadTestsFromName('__main__.First.test_a'))
