# Process scheduling simulation: FCFS, SJF and round robin
from collections import deque
jobs = [('A', 0, 5), ('B', 1, 3), ('C', 2, 8), ('D', 3, 2), ('E', 10, 4)]
def fcfs(jobs):
    t, out = 0, []
    for name, arr, dur in sorted(jobs, key=lambda j: j[1]):
        t = max(t, arr)
        out.append((name, t, t + dur))
        t += dur
    return out
def sjf(jobs):
    pending, t, out = sorted(jobs, key=lambda j: j[1]), 0, []
    while pending:
        ready = [j for j in pending if j[1] <= t] or [pending[0]]
        j = min(ready, key=lambda j: (j[2], j[1]))
        pending.remove(j)
        t = max(t, j[1])
        out.append((j[0], t, t + j[2]))
        t += j[2]
    return out
def round_robin(jobs, q=2):
    pending = deque(sorted(jobs, key=lambda j: j[1]))
    ready, t, rem, timeline, done = deque(), 0, {j[0]: j[2] for j in jobs}, [], {}
    while pending or ready:
        while pending and pending[0][1] <= t:
            ready.append(pending.popleft()[0])
        if not ready:
            t = pending[0][1]
            continue
        name = ready.popleft()
        run = min(q, rem[name])
        timeline.append(f'{name}{t}-{t + run}')
        t += run
        rem[name] -= run
        while pending and pending[0][1] <= t:
            ready.append(pending.popleft()[0])
        if rem[name]:
            ready.append(name)
        else:
            done[name] = t
    return timeline, done
def avg_wait(sched, jobs):
    arr = {j[0]: (j[1], j[2]) for j in jobs}
    return sum(start - arr[n][0] for n, start, _ in sched) / len(sched)
f, s = fcfs(jobs), sjf(jobs)
print(f, avg_wait(f, jobs))
print(s, avg_wait(s, jobs))
tl, done = round_robin(jobs)
print(' '.join(tl))
print(sorted(done.items()))
