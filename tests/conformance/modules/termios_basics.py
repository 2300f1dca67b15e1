# termios over libc: errors on a pipe, then attributes and window size on a pseudo-terminal.
import termios, os, sys
print(sorted(k for k in dir(termios) if not k.isupper() and not k.startswith('__')))
print(termios.error.__module__, termios.error.__mro__[1].__name__, termios.TCSANOW, termios.ICANON, termios.VMIN, termios.NCCS, termios.B38400, termios.TIOCGWINSZ)
r, w = os.pipe()
for c in ['termios.tcgetattr(r)', 'termios.tcgetattr("x")', 'termios.tcsetattr(r, 0, [])', 'termios.tcsetattr(r, 0, 5)', 'termios.tcdrain(r)',
          'termios.tcgetwinsize(r)', 'termios.tcflush(r, termios.TCIFLUSH)', 'termios.tcflow(r, termios.TCOON)', 'termios.tcsendbreak(r, 0)',
          'termios.tcsetwinsize(r, (1, 2))', 'termios.tcsetwinsize(r, 5)', 'termios.tcgetattr(-1)', 'termios.tcsetattr(r, 0, [0]*7)']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e.args)
if hasattr(os, 'openpty'):
    m, s = os.openpty()
    a = termios.tcgetattr(s)
    print('pty', len(a), len(a[6]), type(a[6][0]).__name__, a[4] == a[5])
    a[3] &= ~termios.ECHO & ~termios.ICANON
    a[6][termios.VMIN] = 1; a[6][termios.VTIME] = 0
    termios.tcsetattr(s, termios.TCSANOW, a)
    b = termios.tcgetattr(s)
    print('echo off', b[3] & termios.ECHO == 0, b[6][termios.VMIN], b[6][termios.VTIME])
    termios.tcsetwinsize(s, (24, 80))
    print('winsize', termios.tcgetwinsize(s))
    os.close(m); os.close(s)
else:
    print('no openpty')
