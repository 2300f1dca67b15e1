# Run by SreCompileTests.cs in Kaa: compiles every pattern of Sre.cases with the standard library's own
# re/_parser.py and re/_compiler.py (loaded as a stand-alone package, so that re/__init__.py and its
# imports are not needed) and compares what reaches _sre.compile() with the code CPython produced.
# The caller copies those files into tmp/kaa_re_check/. run() returns (failures, number of patterns).
import sys, _sre

def run(tmp, cases):
    sys.path.insert(0, tmp)
    try:
        import kaa_re_check._compiler as compiler
    finally:
        sys.path.remove(tmp)
    captured = []
    orig = _sre.compile
    def capture(*args):
        captured.append(args)
        return orig(*args)
    compiler._sre.compile = capture
    failures = []
    seen = set()
    try:
        with open(cases, encoding='utf-8') as f:
            for line in f:
                expr = line.split('\t')[0]
                i = expr.find('P(')
                if i < 0:
                    continue
                depth = 0
                for j in range(i + 1, len(expr)):
                    if expr[j] == '(':
                        depth += 1
                    elif expr[j] == ')':
                        depth -= 1
                        if depth == 0:
                            break
                pe = expr[i:j + 1]
                if pe in seen:
                    continue
                seen.add(pe)
                expected = eval(pe[1:])
                if expected[0] is None or not isinstance(expected[2], list) or len(expected[2]) < 2:
                    continue
                try:
                    captured.clear()
                    compiler.compile(expected[0], expected[1])
                    a = captured[-1]
                    got = (a[0], a[1], list(a[2]), a[3], dict(a[4]), tuple(a[5]))
                    if got != expected:
                        failures.append('%r flags %d: CPython %r, Kaa %r' % (expected[0], expected[1], expected[2:], got[2:]))
                except Exception as e:
                    failures.append('%r flags %d: %s: %s' % (expected[0], expected[1], type(e).__name__, e))
    finally:
        compiler._sre.compile = orig
    return failures, len(seen)
