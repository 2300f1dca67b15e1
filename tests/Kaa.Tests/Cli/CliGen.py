#!/usr/bin/env python3
"""Regenerates CliCases.json: runs each command line below with CPython 3.13
($(pyenv root)/versions/3.13.0/bin/python3) in the fixtures folder and records the exit status,
stdout and stderr. CPython-specific text is normalized to what `kaa` prints: the interpreter's
path becomes "kaa", "python -h" becomes "kaa -h", the version becomes 3.14.0, and the fixtures
folder becomes "<dir>" (CliEndToEndTests does the same to Kaa's output).
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, 'fixtures')
PY = os.environ.get('KAA_CPYTHON') or os.path.join(
    subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip(), 'versions', '3.13.0', 'bin', 'python3')

REPL_INPUT = "1+1\nx = 5\nx\nfor i in range(2):\n  print(i)\n\n1/0\nNone\nif True:\n  y = (1,\n  2)\n\ny\n"
CASES = [
    ('script_argv', ['show_argv.py', 'a', 'b c'], ''),
    ('dash_c', ['-c', 'import sys; print(sys.argv, repr(sys.path[0]), __name__)', 'x', 'y'], ''),
    ('combined_uc', ['-uc', 'print("unbuffered")'], ''),
    ('attached_c', ['-cprint(6 * 7)'], ''),
    ('stdin_program', [], 'print("from stdin")\nimport sys\nprint(sys.argv, repr(sys.path[0]))\n'),
    ('stdin_dash', ['-', 'q'], 'import sys\nprint(sys.argv, __file__)\n'),
    ('module', ['-m', 'modmain', 'arg'], ''),
    ('package', ['-m', 'pkg'], ''),
    ('module_missing', ['-m', 'nosuchmod'], ''),
    ('module_builtin', ['-m', 'math'], ''),
    ('file_missing', ['nosuch.py'], ''),
    ('dir_without_main', ['pkg'], ''),
    ('unknown_option', ['-z'], ''),
    ('unknown_long_option', ['--frobnicate'], ''),
    ('missing_c_arg', ['-c'], ''),
    ('missing_x_arg', ['-X'], ''),
    ('version', ['-V'], ''),
    ('version_long', ['--version'], ''),
    ('syntax_error', ['syntax_error.py'], ''),
    ('syntax_error_c', ['-c', 'x = (1,'], ''),
    ('traceback_zero_div', ['zero_div.py'], ''),
    ('traceback_chained', ['chained.py'], ''),
    ('traceback_recursion', ['recursion.py'], ''),
    ('traceback_group', ['group.py'], ''),
    ('traceback_suggestion', ['names.py'], ''),
    ('traceback_c', ['-c', 'def f():\n    return [1][2]\nf()'], ''),
    ('exit_default', ['exits.py'], ''),
    ('exit_none', ['exits.py', 'none'], ''),
    ('exit_str', ['exits.py', 'str'], ''),
    ('exit_big', ['exits.py', 'big'], ''),
    ('exit_neg', ['exits.py', 'neg'], ''),
    ('exit_kbd', ['exits.py', 'kbd'], ''),
    ('bom', ['bom.py'], ''),
    ('latin1_cookie', ['latin1.py'], ''),
    ('flags', ['-O', '-S', '-B', '-q', '-s', '-c', 'import sys; f = sys.flags; print(f.optimize, f.no_site, f.dont_write_bytecode, f.quiet, f.no_user_site)'], ''),
    ('repl_piped', ['-i', '-q'], REPL_INPUT),
    ('repl_after_c', ['-q', '-i', '-c', 'y = 10'], 'y * 2\nraise SystemExit(4)\n'),
    ('exit_waits_for_threads', ['-c', 'import threading, time\ndef f():\n    time.sleep(0.3)\n    print("thread done")\n'
                                      'threading.Thread(target=f).start()\nprint("main done")'], ''),
    ('dev_mode_checks_errors', ['-X', 'dev', '-c', 'for f in (lambda: str(b"", errors="Boom"), lambda: "".encode("latin1", "Boom"), '
                                                  'lambda: b"x".decode("ascii", "backslashreplace")):\n'
                                                  '    try: print(repr(f()))\n    except LookupError as e: print("LookupError:", e)'], ''),
    ('exit_threads_then_atexit', ['-c', 'import atexit, threading, time\natexit.register(print, "atexit")\n'
                                        'threading.Thread(target=lambda: (time.sleep(0.2), print("thread"))).start()'], ''),
    ('int_max_str_digits_x', ['-X', 'int_max_str_digits=1000', '-X', 'int_max_str_digits=3000', '-c',
                              'import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)\n'
                              'try: str(10 ** 1000)\nexcept ValueError as e: print(e)'], ''),
    ('int_max_str_digits_unlimited', ['-X', 'int_max_str_digits=0', '-c', 'import sys; print(sys.get_int_max_str_digits(), len(str(10 ** 5000)))'], ''),
    ('int_max_str_digits_too_small', ['-X', 'int_max_str_digits=639', '-c', 'pass'], ''),
    ('int_max_str_digits_no_value', ['-X', 'int_max_str_digits', '-c', 'pass'], ''),
    ('compile_command', ['-c', 'import codeop\nfor s in ["x = 1", "if 1:", "if 1:\\n  x = 1", "if 1:\\n  x = 1\\n", "x = (1,", "x = )"]:\n'
                         '    try: print(repr(s), codeop.compile_command(s) is not None)\n    except SyntaxError as e: print(repr(s), e)'], ''),
    ('number_then_keyword_warns', ['-c', 'x = 1 if 1else 0\ny = [0x1for x in (1,)]\nprint(x, y)'], ''),
]

def normalize(text):
    text = text.replace(FIX, '<dir>').replace(PY, 'kaa').replace("`python -h'", "`kaa -h'")
    return text.replace('Python 3.13.0', 'Python 3.14.0')

out = []
for name, args, stdin in CASES:
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHON_BASIC_REPL='1')
    for k in ('PYTHONSTARTUP', 'PYTHONPATH', 'PYTHONINSPECT', 'PYTHONUNBUFFERED'):
        env.pop(k, None)
    r = subprocess.run([PY] + args, input=stdin.encode(), capture_output=True, cwd=FIX, env=env, timeout=60)
    # A process killed by a signal (KeyboardInterrupt re-raises SIGINT) exits with 128 + signal in a shell.
    code = r.returncode if r.returncode >= 0 else 128 - r.returncode
    out.append({'name': name, 'args': args, 'stdin': stdin, 'exit': code,
                'stdout': normalize(r.stdout.decode('utf-8', 'replace')), 'stderr': normalize(r.stderr.decode('utf-8', 'replace'))})
with open(os.path.join(HERE, 'CliCases.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
