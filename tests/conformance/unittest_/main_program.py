# unittest.main() with argv: -v, -k selection, -f, a named test, exit=False and the exit status.
import io
import re
import sys
import unittest

class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual('a', 'b')

class Beta(unittest.TestCase):
    def test_three(self):
        pass

    def test_one_more(self):
        raise RuntimeError('oops')


def run(argv):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=1)
    prog = unittest.main(module='__main__', argv=['prog'] + argv, testRunner=runner, exit=False)
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
    head, _, _ = text.partition('=' * 70)
    print(argv, '->', prog.result.testsRun, 'run,', len(prog.result.failures), 'failures,', len(prog.result.errors), 'errors')
    print(head.strip())
    print(text[text.find('Ran '):].strip() if 'Ran ' in text else '')

if __name__ == '__main__':
    run([])
    run(['-k', 'one'])
    run(['Alpha'])
    run(['Beta.test_three'])
    run(['-v', 'Alpha.test_one'])
    run(['-f'])
    run(['-k', '*three*'])
    try:
        unittest.main(module='__main__', argv=['prog', 'Beta.test_three'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print('SystemExit', e.code)
    try:
        unittest.main(module='__main__', argv=['prog', 'Alpha'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print('SystemExit', e.code)
    try:
        unittest.main(module='__main__', argv=['prog', 'NoSuchTest'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print('SystemExit', e.code)
