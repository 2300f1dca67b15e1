# subprocess on Kaa (posix_spawn underneath): run/check_output/Popen, pipes, stdin input, shell,
# cwd, env, exit codes and signals, and the errors for a missing program.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo $((1+2)); echo err 1>&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["cat"], input=b"piped data"))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input="text mode\n", text=True), end="")
for prog in (["/no/such/prog"], ["no_such_prog_xyz"]):
    try:
        subprocess.run(prog)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $KAA_SUB_VAR"], env={"KAA_SUB_VAR": "bar", "PATH": os.environ["PATH"]},
                   capture_output=True, text=True)
print(r.stdout.strip())
p = subprocess.Popen(["sleep", "0.05"])
print(p.poll(), p.wait(), p.returncode)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)
print(subprocess.getoutput("echo hi; false"), subprocess.getstatusoutput("exit 5"))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, _ = p.communicate(b"x" * 200000)
print(len(out), p.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.1)
r = subprocess.run(["sh", "-c", 'for a; do echo "[$a]"; done', "sh", "a b", "c"], capture_output=True, text=True)
print(r.stdout.strip())
rfd, wfd = os.pipe()
r = subprocess.run(["sh", "-c", f"echo via-fd > /dev/fd/{wfd}"], pass_fds=[wfd])
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
rfd, wfd = os.pipe()
r = subprocess.run(["sh", "-c", f"echo x > /dev/fd/{wfd}"], capture_output=True)
print(r.returncode != 0, r.stderr != b"")
os.close(rfd)
os.close(wfd)
