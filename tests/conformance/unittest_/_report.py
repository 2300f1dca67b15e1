# Helper: runs a test suite with TextTestRunner into a string and prints a deterministic report
# (timing normalised; each failure's exception type and message captured from the exc_info).
import io, re, unittest

class RecordingResult(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = []

    def addFailure(self, test, err):
        self.records.append(('FAIL', test.id(), err[0].__name__, str(err[1])))
        super().addFailure(test, err)

    def addError(self, test, err):
        self.records.append(('ERROR', str(test), err[0].__name__, str(err[1])))
        super().addError(test, err)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self.records.append(('SUBTEST', subtest.id(), err[0].__name__, str(err[1])))
        super().addSubTest(test, subtest, err)


def run(suite, verbosity=2, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, resultclass=RecordingResult, **kwargs)
    result = runner.run(suite)
    text = stream.getvalue()
    progress, sep, rest = text.partition('=' * 70)
    print(progress.rstrip())
    summary = re.findall(r'^(Ran \d+ tests?) in \d+\.\d+s\n\n(.*)$', text, re.M)
    print(summary)
    for kind, name, exc, msg in result.records:
        print('---', kind, name, exc)
        print(msg)
    print('run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s' % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful()))
    return result
