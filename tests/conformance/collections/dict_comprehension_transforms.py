# Transforming data with dict/set comprehensions and grouping
students = [('ann', 'math', 91), ('bob', 'math', 78), ('ann', 'art', 85), ('cid', 'math', 62), ('bob', 'art', 95), ('cid', 'bio', 70)]
by_student = {}
for name, subj, score in students:
    by_student.setdefault(name, {})[subj] = score
print(by_student)
averages = {n: round(sum(s.values()) / len(s), 1) for n, s in by_student.items()}
print(averages)
subjects = sorted({subj for _, subj, _ in students})
print(subjects)
table = {subj: {n: by_student[n].get(subj, '-') for n in sorted(by_student)} for subj in subjects}
print(table)
best = {subj: max((score, n) for n, s2, score in students if s2 == subj)[1] for subj in subjects}
print(best)
inverted = {}
for n, s in by_student.items():
    for subj in s:
        inverted.setdefault(subj, []).append(n)
print(inverted)
passed = {n for n, _, sc in students if sc >= 80}
failed = {n for n, _, sc in students if sc < 70}
print(sorted(passed), sorted(failed), sorted(passed & failed), sorted(set(by_student) - passed - failed))
