# heapq and bisect on lists
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9, 4]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [7, 2, 9, 1, 5]
heapq.heapify(data); print(data)
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(3, [4, 1, 7, 3]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(heapq.heappushpop([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3])))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 100))
bisect.insort(s, 4); bisect.insort_left(s, 3); print(s)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], (2,)), bisect.bisect([10, 20, 30], 25, key=None))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], sc)] for sc in [33, 99, 77, 70, 89, 90, 100]])
