# Date arithmetic with datetime (fixed dates only) and a hand-written calendar
import datetime as dt
d = dt.date(2024, 2, 28)
for i in range(4):
    day = d + dt.timedelta(days=i)
    print(day.isoformat(), day.strftime('%A'), day.timetuple().tm_yday, day.isocalendar()[1])
print((dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days, dt.date(2024, 3, 1).weekday(), dt.date.fromisoformat('2000-01-01').toordinal())
t = dt.datetime(2024, 12, 31, 23, 59, 30)
print(t + dt.timedelta(seconds=45), (t - dt.datetime(2024, 1, 1)).total_seconds(), t.replace(year=2023).isoformat())
print(dt.timedelta(days=1, hours=25, minutes=-30), dt.timedelta(weeks=2) // dt.timedelta(days=3), repr(dt.timedelta(seconds=90)))
def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def month_calendar(year, month):
    first = dt.date(year, month, 1).weekday()
    days = [31, 29 if is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    lines = ['Mo Tu We Th Fr Sa Su']
    cells = ['  '] * first + [f'{d:2d}' for d in range(1, days + 1)]
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]))
    return '\n'.join(lines)
print(month_calendar(2024, 2))
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(1900))
