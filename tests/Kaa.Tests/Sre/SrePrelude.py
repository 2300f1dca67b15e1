# Names the expressions of Sre.cases use; run by SreCasesGen.py (CPython) and by SreCaseTests.cs (Kaa).
import _sre
import _sre as M
import sys

P = _sre.compile
F = lambda m: '<%s>' % (m.group(0),) if isinstance(m.string, str) else b'<' + m.group(0) + b'>'

def D(m):
    """The observable state of a match object (None stays None)."""
    if m is None:
        return None
    return (m.span(), m.group(0), m.groups(), m.regs, m.lastindex, m.lastgroup, m.groupdict(), m.pos, m.endpos)

_TPL = {}

def T(d):
    _TPL.update(d)

def _compile_template(pattern, repl):
    return _sre.template(pattern, _TPL[repl])

try:
    import re
except Exception:  # the real re cannot be imported yet
    class _FakeRe:
        pass
    re = _FakeRe()
    re._compile_template = _compile_template
    sys.modules['re'] = re
