# Trigonometric table rounded to 10 digits (stable across platforms)
import math
for deg in range(0, 361, 30):
    r = math.radians(deg)
    s, c = math.sin(r), math.cos(r)
    print(f'{deg:3d} {s:+.10f} {c:+.10f} {math.atan2(s, c):+.10f}')
print(round(math.asin(0.5) * 6, 10), round(math.acos(0.5) * 3, 10), round(math.atan(1) * 4, 10))
