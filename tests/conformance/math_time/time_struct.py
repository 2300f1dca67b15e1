# time.struct_time and formatting of fixed timestamps (UTC only)
import time
st = time.gmtime(1234567890)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(time.strftime('%Y-%m-%dT%H:%M:%SZ', st), time.strftime('%j %U %w %%', st), time.strftime('%A %B %y', st))
print(len(st), st[0], st[-1], type(st).__name__)
print(time.calendar_timegm(st) if hasattr(time, 'calendar_timegm') else 'no calendar_timegm')
import calendar
print(calendar.timegm(st), calendar.timegm(time.gmtime(0)))
parsed = time.strptime('2024-02-29 12:30:45', '%Y-%m-%d %H:%M:%S')
print(parsed[:6], parsed.tm_wday, parsed.tm_yday)
try:
    time.strptime('2023-02-29', '%Y-%m-%d')
except ValueError as e:
    # Only the type: 3.14's _strptime words this message differently from 3.13's.
    print('ValueError')
