using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The time module (CPython 3.13's Modules/timemodule.c): clocks, sleep, struct_time, gmtime/localtime/
/// mktime, strftime with the C locale's directives, asctime/ctime and the timezone attributes.
/// Calendar arithmetic is done here (proleptic Gregorian, any year), so gmtime works outside
/// DateTime's range as glibc does; local time uses <see cref="TimeZoneInfo.Local"/>.
/// </summary>
public static class TimeModule
{
    private static readonly ImmutableArray<string> DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly ImmutableArray<string> MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    internal static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module provides various functions to manipulate time values."));
        m.Set("struct_time", StructTimeType);
        StructTimeType.ShowInBasesSubclasses(ts);
        // _strptime slices its result to this many fields: the 9 of the tuple plus tm_zone and tm_gmtoff.
        m.Set("_STRUCT_TM_ITEMS", PyInt.From(11));
        SetTimezoneAttributes(m);
        m.Set("CLOCK_REALTIME", PyInt.From(0));
        m.Set("CLOCK_MONOTONIC", PyInt.From(1));
        m.Set("CLOCK_PROCESS_CPUTIME_ID", PyInt.From(2));
        m.Set("CLOCK_THREAD_CPUTIME_ID", PyInt.From(3));
        m.Set("CLOCK_MONOTONIC_RAW", PyInt.From(4));
        m.Set("CLOCK_BOOTTIME", PyInt.From(7));
        m.Set("CLOCK_TAI", PyInt.From(11));

        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("time", (ts2, _, a, kw) => { NoArgs("time", a, kw); return new PyFloat(TimeNs() / 1e9); });
        Fn("time_ns", (ts2, _, a, kw) => { NoArgs("time_ns", a, kw); return PyInt.From(TimeNs()); });
        Fn("monotonic", (ts2, _, a, kw) => { NoArgs("monotonic", a, kw); return new PyFloat(MonotonicNs() / 1e9); });
        Fn("monotonic_ns", (ts2, _, a, kw) => { NoArgs("monotonic_ns", a, kw); return PyInt.From(MonotonicNs()); });
        Fn("perf_counter", (ts2, _, a, kw) => { NoArgs("perf_counter", a, kw); return new PyFloat(MonotonicNs() / 1e9); });
        Fn("perf_counter_ns", (ts2, _, a, kw) => { NoArgs("perf_counter_ns", a, kw); return PyInt.From(MonotonicNs()); });
        Fn("process_time", (ts2, _, a, kw) => { NoArgs("process_time", a, kw); return new PyFloat(ProcessNs() / 1e9); });
        Fn("process_time_ns", (ts2, _, a, kw) => { NoArgs("process_time_ns", a, kw); return PyInt.From(ProcessNs()); });
        Fn("thread_time", (ts2, _, a, kw) => { NoArgs("thread_time", a, kw); return new PyFloat(ThreadNs() / 1e9); });
        Fn("thread_time_ns", (ts2, _, a, kw) => { NoArgs("thread_time_ns", a, kw); return PyInt.From(ThreadNs()); });
        Fn("clock_gettime", (ts2, _, a, kw) => { Args.Exact("clock_gettime", a, kw, 1); return new PyFloat(ClockNs(ts2, a[0]) / 1e9); });
        Fn("clock_gettime_ns", (ts2, _, a, kw) => { Args.Exact("clock_gettime_ns", a, kw, 1); return PyInt.From(ClockNs(ts2, a[0])); });
        Fn("clock_getres", (ts2, _, a, kw) => { Args.Exact("clock_getres", a, kw, 1); ClockNs(ts2, a[0]); return new PyFloat(1e-09); });
        Fn("sleep", (ts2, _, a, kw) =>
        {
            Args.Exact("sleep", a, kw, 1);
            Sleep(ts2, SecondsArg(ts2, a[0]));
            return PyNone.Value;
        });
        Fn("get_clock_info", (ts2, _, a, kw) =>
        {
            Args.Exact("get_clock_info", a, kw, 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"get_clock_info() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
            var (impl, mono, adj) = name.Value switch
            {
                "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
                "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
                "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
                "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
                _ => throw PyErr.ValueError("unknown clock"),
            };
            return SysModule.SimpleNamespace(("implementation", PyStr.From(impl)), ("monotonic", PyBool.From(mono)),
                ("adjustable", PyBool.From(adj)), ("resolution", new PyFloat(1e-09)));
        });
        Fn("gmtime", (ts2, _, a, kw) =>
        {
            Args.Range("gmtime", a, kw, 0, 1);
            long t = a.Length == 0 || a[0] is PyNone ? FloorDiv(TimeNs(), 1_000_000_000) : TimestampArg(ts2, a[0]);
            return Gmtime(t);
        });
        Fn("localtime", (ts2, _, a, kw) =>
        {
            Args.Range("localtime", a, kw, 0, 1);
            long t = a.Length == 0 || a[0] is PyNone ? FloorDiv(TimeNs(), 1_000_000_000) : TimestampArg(ts2, a[0]);
            return Localtime(t);
        });
        Fn("mktime", (ts2, _, a, kw) =>
        {
            Args.Exact("mktime", a, kw, 1);
            var tm = TmArg(ts2, a[0], "mktime");
            return new PyFloat(Mktime(tm));
        });
        Fn("strftime", (ts2, _, a, kw) =>
        {
            Args.Range("strftime", a, kw, 1, 2);
            if (a[0] is not PyStr fmt) throw PyErr.TypeError($"strftime() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
            var tm = a.Length > 1 ? TmArg(ts2, a[1], "strftime") : LocalTm(FloorDiv(TimeNs(), 1_000_000_000));
            CheckTm(ref tm);
            return PyStr.From(Strftime(fmt.Value, tm));
        });
        Fn("asctime", (ts2, _, a, kw) =>
        {
            Args.Range("asctime", a, kw, 0, 1);
            var tm = a.Length > 0 ? TmArg(ts2, a[0], "asctime") : LocalTm(FloorDiv(TimeNs(), 1_000_000_000));
            CheckTm(ref tm);
            return PyStr.From(Asctime(tm));
        });
        Fn("ctime", (ts2, _, a, kw) =>
        {
            Args.Range("ctime", a, kw, 0, 1);
            long t = a.Length == 0 || a[0] is PyNone ? FloorDiv(TimeNs(), 1_000_000_000) : TimestampArg(ts2, a[0]);
            return PyStr.From(Asctime(LocalTm(t)));
        });
        Fn("strptime", (ts2, _, a, kw) =>
        {
            // CPython delegates to the pure-Python _strptime module.
            var mod = ImportModule(ts2, "_strptime");
            return Ops.Call(ts2, Ops.GetAttr(ts2, mod, "_strptime_time"), a, kw);
        });
        Fn("tzset", (ts2, mod, a, kw) =>
        {
            NoArgs("tzset", a, kw);
            TimeZoneInfo.ClearCachedData();
            if (mod != null) SetTimezoneAttributes(mod);
            return PyNone.Value;
        });
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? kw) => Args.Exact(name, a, kw, 0);

    private static PyObject ImportModule(ThreadState ts, string name)
    {
        if (ts.Interp.Modules.GetStr(name) is { } m) return m;
        var imp = ts.Interp.BuiltinsDict.GetStr("__import__") ?? throw PyErr.ImportError($"No module named '{name}'");
        Ops.Call(ts, imp, PyStr.From(name));
        return ts.Interp.Modules.GetStr(name) ?? throw PyErr.ImportError($"No module named '{name}'");
    }

    // ---- clocks -------------------------------------------------------------------------------

    /// <summary>Nanoseconds since the Unix epoch (CLOCK_REALTIME).</summary>
    public static long TimeNs() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    /// <summary>CLOCK_MONOTONIC in nanoseconds (Stopwatch uses it on Linux).</summary>
    public static long MonotonicNs()
    {
        long t = Stopwatch.GetTimestamp();
        long f = Stopwatch.Frequency;
        return f == 1_000_000_000 ? t : (long)((Int128)t * 1_000_000_000 / f);
    }

    private static long ProcessNs() => Environment.CpuUsage.TotalTime.Ticks * 100;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec { public long Sec; public long Nsec; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out Timespec ts);

    private static long ThreadNs()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (clock_gettime(3, out var t) == 0) return t.Sec * 1_000_000_000 + t.Nsec;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        return ProcessNs();
    }

    private static long ClockNs(ThreadState ts, PyObject id)
    {
        long clk = Ops.IndexAsLong(ts, id);
        return clk switch
        {
            0 or 11 => TimeNs(),
            1 or 4 or 7 => MonotonicNs(),
            2 => ProcessNs(),
            3 => ThreadNs(),
            _ => throw PyErr.New(PyExc.OSError, new PyTuple([PyInt.From(22), PyStr.From("Invalid argument")])),
        };
    }

    private const int InterruptBits = EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested | EvalBreakerBits.SignalsPending;

    /// <summary>
    /// Sleeps with the interpreter's GIL released so other threads run meanwhile (DESIGN §3). The wait is
    /// cut short when an interrupt (Ctrl-C, async exception, host cancel) is requested, which is then raised.
    /// </summary>
    public static void Sleep(ThreadState ts, double secs)
    {
        long deadline = MonotonicNs() + (long)(secs * 1e9);
        ts.WithoutGil(() =>
        {
            if (secs == 0) { Thread.Yield(); return; }
            while ((ts.EvalBreaker & InterruptBits) == 0)
            {
                long left = deadline - MonotonicNs();
                if (left <= 0) break;
                Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, Math.Min(left, 50_000_000) / 100)));
            }
        });
        if ((ts.EvalBreaker & InterruptBits) != 0) ts.HandleEvalBreaker();
    }

    private static double SecondsArg(ThreadState ts, PyObject o)
    {
        double d;
        if (o is PyFloat f) d = f.Value;
        else if (o is PyInt i) d = i.ToDouble();
        else if (o.ObType.NbFloat != null && o.ObType.NbIndex == null) d = MathModule.AsDouble(ts, o);
        else if (o.ObType.NbIndex != null) d = Ops.Index(ts, o).ToDouble();
        // _PyTime_FromSecondsObject names the type with %T.
        else throw PyErr.TypeError($"'{o.ObType.QualifiedName}' object cannot be interpreted as an integer or float");
        if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
        if (d < 0) throw PyErr.ValueError("sleep length must be non-negative");
        if (double.IsInfinity(d) || d > long.MaxValue / 1e9) throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
        return d;
    }

    /// <summary>A time_t argument: floats are floored (CPython's _PyTime_ROUND_FLOOR).</summary>
    private static long TimestampArg(ThreadState ts, PyObject o)
    {
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            double fl = Math.Floor(f.Value);
            if (!(fl >= -9.2233720368547758E18 && fl < 9.2233720368547758E18)) throw TimestampRange();
            return CheckYearRange((long)fl);
        }
        if (o is PyInt i)
        {
            if (!i.IsSmall) throw TimestampRange();
            return CheckYearRange(i.Small);
        }
        if (o.ObType.NbFloat != null && o.ObType.NbIndex == null) return TimestampArg(ts, new PyFloat(MathModule.AsDouble(ts, o)));
        var idx = Ops.Index(ts, o);
        if (!idx.IsSmall) throw TimestampRange();
        return CheckYearRange(idx.Small);
    }

    private static PyException TimestampRange() => PyErr.OverflowError("timestamp out of range for platform time_t");

    private static long CheckYearRange(long t)
    {
        // glibc refuses years that do not fit a C int.
        if (t > 67767976233316800L || t < -67768040609740800L)
            throw PyErr.New(PyExc.OverflowError, new PyTuple([PyInt.From(75), PyStr.From("Value too large for defined data type")]));
        return t;
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    // ---- calendar arithmetic --------------------------------------------------------------------

    /// <summary>C's struct tm, plus the zone and UTC offset that struct_time carries.</summary>
    internal struct Tm
    {
        public long Year; public int Mon, Mday, Hour, Min, Sec, Wday, Yday, Isdst;
        public string? Zone; public long? Gmtoff;
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).</summary>
    internal static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    internal static (long y, int m, int d) CivilFromDays(long z)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    private static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>Breaks down seconds since the epoch, already shifted to the wanted zone.</summary>
    internal static Tm BreakDown(long t)
    {
        long days = FloorDiv(t, 86400);
        long rem = t - days * 86400;
        var (y, m, d) = CivilFromDays(days);
        int wday = (int)(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday (Monday = 0)
        int yday = (int)(days - DaysFromCivil(y, 1, 1)) + 1;
        return new Tm
        {
            Year = y, Mon = m, Mday = d, Hour = (int)(rem / 3600), Min = (int)(rem % 3600 / 60), Sec = (int)(rem % 60),
            Wday = wday, Yday = yday, Isdst = 0,
        };
    }

    private static PyObject Gmtime(long t)
    {
        var tm = BreakDown(t);
        tm.Zone = "GMT";
        tm.Gmtoff = 0;
        return MakeStructTime(tm);
    }

    private static PyObject Localtime(long t) => MakeStructTime(LocalTm(t));

    internal static Tm LocalTm(long t)
    {
        var tz = TimeZoneInfo.Local;
        TimeSpan offset;
        bool dst;
        try
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(t);
            offset = tz.GetUtcOffset(instant);
            dst = tz.IsDaylightSavingTime(instant);
        }
        catch (ArgumentOutOfRangeException)
        {
            offset = tz.BaseUtcOffset;
            dst = false;
        }
        var tm = BreakDown(t + (long)offset.TotalSeconds);
        tm.Isdst = dst ? 1 : 0;
        tm.Gmtoff = (long)offset.TotalSeconds;
        tm.Zone = ZoneName(tz, dst, offset);
        return tm;
    }

    /// <summary>The zone abbreviation glibc would print ("UTC", "CET"); numeric ("+03") when .NET only has a long name.</summary>
    private static string ZoneName(TimeZoneInfo tz, bool dst, TimeSpan offset)
    {
        var name = dst ? tz.DaylightName : tz.StandardName;
        if (tz.Id is "UTC" or "Etc/UTC" or "Universal" or "Zulu" or "Etc/Universal" or "Etc/Zulu") return "UTC";
        if (tz.Id is "GMT" or "Etc/GMT") return "GMT";
        if (!string.IsNullOrEmpty(name) && name.Length <= 6 && !name.Contains(' ')) return name;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"{sign}{abs.Hours:00}" : $"{sign}{abs.Hours:00}{abs.Minutes:00}";
    }

    private static void SetTimezoneAttributes(PyModule m)
    {
        // Like CPython: sample January and July of the current year.
        long now = FloorDiv(TimeNs(), 1_000_000_000);
        long year = BreakDown(now).Year;
        var jan = LocalTm(DaysFromCivil(year, 1, 1) * 86400);
        var jul = LocalTm(DaysFromCivil(year, 7, 1) * 86400);
        long janOff = -(jan.Gmtoff ?? 0), julOff = -(jul.Gmtoff ?? 0);
        if (janOff < julOff)
        {
            // Southern hemisphere: DST in January.
            m.Set("timezone", PyInt.From(julOff));
            m.Set("altzone", PyInt.From(janOff));
            m.Set("daylight", PyInt.From(janOff != julOff ? 1 : 0));
            m.Set("tzname", new PyTuple([PyStr.From(jul.Zone!), PyStr.From(jan.Zone!)]));
        }
        else
        {
            m.Set("timezone", PyInt.From(janOff));
            m.Set("altzone", PyInt.From(julOff));
            m.Set("daylight", PyInt.From(janOff != julOff ? 1 : 0));
            m.Set("tzname", new PyTuple([PyStr.From(jan.Zone!), PyStr.From(jul.Zone!)]));
        }
    }

    internal static double Mktime(Tm tm)
    {
        // Normalize the month into the year like C mktime, then treat the fields as local wall time.
        long mon0 = tm.Mon - 1;
        long year = tm.Year + FloorDiv(mon0, 12);
        mon0 -= FloorDiv(mon0, 12) * 12;
        long days = DaysFromCivil(year, mon0 + 1, 1) + tm.Mday - 1;
        long wall = days * 86400 + tm.Hour * 3600L + tm.Min * 60L + tm.Sec;
        var tz = TimeZoneInfo.Local;
        TimeSpan offset;
        try
        {
            var dt = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddSeconds(wall);
            offset = tz.GetUtcOffset(dt);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw PyErr.OverflowError("mktime argument out of range");
        }
        return wall - (long)offset.TotalSeconds;
    }

    // ---- struct_time --------------------------------------------------------------------------

    private static readonly ImmutableArray<string> FieldNames =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];

    /// <summary>time.struct_time: a 9-item tuple with two extra named fields (a structseq).</summary>
    public static readonly PyType StructTimeType = MakeStructTimeType();

    /// <summary>Builds and freezes the static type on first use (after the core types are initialized).</summary>
    private static PyType MakeStructTimeType()
    {
        TypeInit.EnsureInitialized();
        var t = BuiltinTypes.CreateStatic("struct_time", BuiltinTypes.Tuple, "time", subclassable: false);
        InitStructTime(t);
        t.InheritSlots(BuiltinTypes.Tuple);
        t.AddSlotWrappers();
        t.FreezeStatic();
        return t;
    }

    /// <summary>A struct_time instance: the 9 visible items plus tm_zone and tm_gmtoff.</summary>
    public sealed class PyStructTime : PyTuple
    {
        public readonly PyObject Zone;
        public readonly PyObject Gmtoff;

        public PyStructTime(PyObject[] items, PyObject zone, PyObject gmtoff) : base(StructTimeType, items)
        {
            Zone = zone;
            Gmtoff = gmtoff;
        }
    }

    internal static PyObject MakeStructTime(Tm tm) => new PyStructTime(
        [PyInt.From(tm.Year), PyInt.From(tm.Mon), PyInt.From(tm.Mday), PyInt.From(tm.Hour), PyInt.From(tm.Min),
         PyInt.From(tm.Sec), PyInt.From(tm.Wday), PyInt.From(tm.Yday), PyInt.From(tm.Isdst)],
        tm.Zone is null ? PyNone.Value : PyStr.From(tm.Zone),
        tm.Gmtoff is null ? PyNone.Value : PyInt.From(tm.Gmtoff.Value));

    private static void InitStructTime(PyType t)
    {
        t.AddAttr("__doc__", PyStr.From("The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers."));
        t.AddAttr("n_sequence_fields", PyInt.From(9));
        t.AddAttr("n_fields", PyInt.From(11));
        t.AddAttr("n_unnamed_fields", PyInt.From(0));
        t.AddAttr("__match_args__", new PyTuple(FieldNames.Take(9).Select(n => (PyObject)PyStr.From(n)).ToArray()));
        for (int i = 0; i < 9; i++)
        {
            int idx = i;
            t.AddGetSet(FieldNames[i], (ts, o) => ((PyTuple)o).Items[idx]);
        }
        t.AddGetSet("tm_zone", (ts, o) => o is PyStructTime s ? s.Zone : PyNone.Value);
        t.AddGetSet("tm_gmtoff", (ts, o) => o is PyStructTime s ? s.Gmtoff : PyNone.Value);
        t.TpRepr = (ts, o) =>
        {
            var items = ((PyTuple)o).Items;
            var sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(FieldNames[i]).Append('=').Append(Ops.ReprString(ts, items[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        };
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("struct_time", args, kw, ["sequence", "dict"], 1);
            var items = Ops.ToArray(ts, p[0]!);
            if (items.Length < 9)
                throw PyErr.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            if (items.Length > 11)
                throw PyErr.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            PyObject zone = items.Length > 9 ? items[9] : PyNone.Value, off = items.Length > 10 ? items[10] : PyNone.Value;
            if (p[1] is PyDict d)
            {
                if (items.Length <= 9 && d.GetStr("tm_zone") is { } z) zone = z;
                if (items.Length <= 10 && d.GetStr("tm_gmtoff") is { } g) off = g;
            }
            return new PyStructTime(items[..9], zone, off);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var s = (PyStructTime)self;
            var dict = new PyDict();
            dict.SetItemStr("tm_zone", s.Zone);
            dict.SetItemStr("tm_gmtoff", s.Gmtoff);
            return new PyTuple([s.ObType, new PyTuple([new PyTuple(s.Items), dict])]);
        });
    }

    /// <summary>gettmarg: a 9-item tuple (or struct_time) of ints.</summary>
    private static Tm TmArg(ThreadState ts, PyObject o, string fname)
    {
        if (o is not PyTuple t) throw PyErr.TypeError("Tuple or struct_time argument required");
        if (t.Count != 9) throw PyErr.TypeError($"{fname}(): illegal time tuple argument");
        int I(int i)
        {
            var v = t.Items[i];
            if (v is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var n = Ops.Index(ts, v);
            if (!n.IsSmall || n.Small > int.MaxValue || n.Small < int.MinValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            return (int)n.Small;
        }
        var tm = new Tm
        {
            Year = I(0), Mon = I(1), Mday = I(2), Hour = I(3), Min = I(4), Sec = I(5),
            Yday = I(7), Isdst = I(8),
        };
        // CPython converts to C's numbering (Sunday = 0) with C's remainder, so only values below -1 end up negative.
        int cWday = (I(6) + 1) % 7;
        tm.Wday = cWday < 0 ? -1 : (cWday + 6) % 7;
        if (t is PyStructTime st)
        {
            tm.Zone = st.Zone is PyStr z ? z.Value : null;
            tm.Gmtoff = st.Gmtoff is PyInt g && g.IsSmall ? g.Small : null;
        }
        return tm;
    }

    /// <summary>checktm for strftime/asctime: range checks with CPython's messages; 0 month/day accepted as 1.</summary>
    private static void CheckTm(ref Tm tm)
    {
        if (tm.Mon == 0) tm.Mon = 1;
        else if (tm.Mon < 0 || tm.Mon > 12) throw PyErr.ValueError("month out of range");
        if (tm.Mday == 0) tm.Mday = 1;
        else if (tm.Mday < 0 || tm.Mday > 31) throw PyErr.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw PyErr.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw PyErr.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw PyErr.ValueError("seconds out of range");
        if (tm.Wday < 0) throw PyErr.ValueError("day of week out of range");
        if (tm.Yday == 0) tm.Yday = 1;
        else if (tm.Yday < 0 || tm.Yday > 366) throw PyErr.ValueError("day of year out of range");
        if (tm.Isdst < -1) tm.Isdst = -1;
        else if (tm.Isdst > 1) tm.Isdst = 1;
    }

    internal static string Asctime(Tm tm)
        => $"{DayNames[tm.Wday][..3]} {MonthNames[tm.Mon - 1][..3]}{tm.Mday,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {tm.Year}";

    /// <summary>strftime with the C locale (glibc's directives, including the GNU extensions).</summary>
    internal static string Strftime(string fmt, Tm tm)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            // Skip glibc flag/width characters ('-', '_', '0', '^', '#') by honouring '-' only.
            int j = i + 1;
            bool noPad = false;
            if (fmt[j] == '-' && j + 1 < fmt.Length) { noPad = true; j++; }
            char d = fmt[j];
            string? s = Directive(d, tm, noPad);
            if (s == null) { sb.Append(fmt, i, j - i + 1); i = j; continue; }
            sb.Append(s);
            i = j;
        }
        return sb.ToString();
    }

    private static string P2(long v, bool noPad) => noPad ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : v.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Directive(char d, Tm tm, bool noPad)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        int hour12 = tm.Hour % 12 == 0 ? 12 : tm.Hour % 12;
        int cWday = (tm.Wday + 1) % 7; // Sunday = 0
        switch (d)
        {
            case 'a': return DayNames[tm.Wday][..3];
            case 'A': return DayNames[tm.Wday];
            case 'b': case 'h': return MonthNames[tm.Mon - 1][..3];
            case 'B': return MonthNames[tm.Mon - 1];
            case 'c': return Strftime("%a %b %e %H:%M:%S %Y", tm);
            case 'C': return P2(FloorDivL(tm.Year, 100), noPad);
            case 'd': return P2(tm.Mday, noPad);
            case 'D': return Strftime("%m/%d/%y", tm);
            case 'e': return noPad ? tm.Mday.ToString(inv) : tm.Mday.ToString(inv).PadLeft(2);
            case 'F': return Strftime("%Y-%m-%d", tm);
            case 'G': return IsoYearWeek(tm).year.ToString(inv);
            case 'g': return P2(((IsoYearWeek(tm).year % 100) + 100) % 100, noPad);
            case 'H': return P2(tm.Hour, noPad);
            case 'I': return P2(hour12, noPad);
            case 'j': return noPad ? tm.Yday.ToString(inv) : tm.Yday.ToString("000", inv);
            case 'k': return tm.Hour.ToString(inv).PadLeft(2);
            case 'l': return hour12.ToString(inv).PadLeft(2);
            case 'm': return P2(tm.Mon, noPad);
            case 'M': return P2(tm.Min, noPad);
            case 'n': return "\n";
            case 'p': return tm.Hour < 12 ? "AM" : "PM";
            case 'P': return tm.Hour < 12 ? "am" : "pm";
            case 'r': return Strftime("%I:%M:%S %p", tm);
            case 'R': return Strftime("%H:%M", tm);
            case 's':
            {
                double t = Mktime(tm);
                return ((long)t).ToString(inv);
            }
            case 'S': return P2(tm.Sec, noPad);
            case 't': return "\t";
            case 'T': return Strftime("%H:%M:%S", tm);
            case 'u': return (tm.Wday + 1).ToString(inv);
            case 'U': return P2((tm.Yday - 1 + 7 - cWday) / 7, noPad);
            case 'V': return P2(IsoYearWeek(tm).week, noPad);
            case 'w': return cWday.ToString(inv);
            case 'W': return P2((tm.Yday - 1 + 7 - tm.Wday) / 7, noPad);
            case 'x': return Strftime("%m/%d/%y", tm);
            case 'X': return Strftime("%H:%M:%S", tm);
            case 'y': return P2(((tm.Year % 100) + 100) % 100, noPad);
            case 'Y': return tm.Year.ToString(inv);
            case 'z':
            {
                long off = tm.Gmtoff ?? (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
                var sign = off < 0 ? '-' : '+';
                off = Math.Abs(off);
                return $"{sign}{off / 3600:00}{off % 3600 / 60:00}";
            }
            case 'Z': return tm.Zone ?? (TimeZoneInfo.Local.BaseUtcOffset == TimeSpan.Zero ? "UTC" : ZoneName(TimeZoneInfo.Local, tm.Isdst > 0, TimeZoneInfo.Local.BaseUtcOffset));
            case '%': return "%";
            default: return null;
        }
    }

    private static long FloorDivL(long a, long b) => FloorDiv(a, b);

    /// <summary>ISO 8601 week-numbering year and week (for %G, %g, %V), computed like glibc from the
    /// tm_yday and tm_wday fields as given (not from the date).</summary>
    private static (long year, int week) IsoYearWeek(Tm tm)
    {
        // glibc's iso_week_days: days since the Monday of ISO week 1 (yday 0-based, wday Sunday = 0).
        static int IsoWeekDays(int yday, int wday)
        {
            const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
            return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
        }
        long year = tm.Year;
        int yday = tm.Yday - 1;
        int wday = (tm.Wday + 1) % 7;
        int days = IsoWeekDays(yday, wday);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(yday + (IsLeap(year) ? 366 : 365), wday);
        }
        else
        {
            int d = IsoWeekDays(yday - (IsLeap(year) ? 366 : 365), wday);
            if (d >= 0)
            {
                year++;
                days = d;
            }
        }
        return (year, days / 7 + 1);
    }
}
