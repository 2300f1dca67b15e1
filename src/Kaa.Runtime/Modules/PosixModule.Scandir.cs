using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>posix.scandir and os.DirEntry.</summary>
public static partial class PosixModule
{
    private sealed class DirEntryObj(PathArg dir, string name) : PyObject(T.DirEntry)
    {
        public readonly string Name = name;
        public readonly string FullPath = Path.Join(dir.Path, name);
        public readonly bool IsBytes = dir.IsBytes;
        PyObject? _stat, _lstat;

        public PyObject PathObj => Wrap(FullPath);
        public PyObject NameObj => Wrap(Name);
        PyObject Wrap(string s) => IsBytes ? new PyBytes(Encoding.UTF8.GetBytes(s)) : PyStr.From(s);

        public PyObject Stat(bool follow)
        {
            if (follow)
            {
                if (_stat != null) return _stat;
                if (!IsLink()) return _stat = Stat(false);
                return _stat = StatPath(FullPath, true, PathObj);
            }
            return _lstat ??= StatPath(FullPath, false, PathObj);
        }

        public bool IsLink()
        {
            try { return (File.GetAttributes(FullPath) & FileAttributes.ReparsePoint) != 0; }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        }

        public bool TestMode(uint type, bool follow)
        {
            try
            {
                var st = (PyTuple)Stat(follow);
                return ((((PyInt)st[0]).Small) & 0xF000) == type;
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.FileNotFoundError))
            {
                return false;
            }
        }
    }

    private sealed class ScandirIter(PathArg dir, List<string> names) : PyObject(T.ScandirIterator)
    {
        int _i;
        bool _closed;
        public PyObject? Next()
        {
            if (_closed || _i >= names.Count) { _closed = true; return null; }
            return new DirEntryObj(dir, names[_i++]);
        }
        public void Close() => _closed = true;
    }

    private static bool FollowKw(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse(fname, a, kw, ["follow_symlinks"], 0, kwOnlyFrom: 0);
        return p[0] == null || Ops.IsTrue(ts, p[0]!);
    }

    private static PyType MakeDirEntryType()
    {
        TypeInit.EnsureInitialized();
        var t = BuiltinTypes.CreateStatic("DirEntry", BuiltinTypes.Object, "posix", subclassable: false);
        t.InstanceFactory = null;
        t.AddGetSet("name", (ts, o) => ((DirEntryObj)o).NameObj);
        t.AddGetSet("path", (ts, o) => ((DirEntryObj)o).PathObj);
        t.TpRepr = (ts, o) => PyStr.From($"<DirEntry {Ops.ReprString(ts, ((DirEntryObj)o).NameObj)}>");
        t.AddMethod("__fspath__", (ts, self, a, kw) => ((DirEntryObj)self).PathObj);
        t.AddMethod("is_dir", (ts, self, a, kw) => PyBool.From(((DirEntryObj)self).TestMode(0x4000, FollowKw(ts, "is_dir", a, kw))));
        t.AddMethod("is_file", (ts, self, a, kw) => PyBool.From(((DirEntryObj)self).TestMode(0x8000, FollowKw(ts, "is_file", a, kw))));
        t.AddMethod("is_symlink", (ts, self, a, kw) => PyBool.From(((DirEntryObj)self).IsLink()));
        t.AddMethod("is_junction", (ts, self, a, kw) => PyBool.False);
        t.AddMethod("stat", (ts, self, a, kw) => ((DirEntryObj)self).Stat(FollowKw(ts, "stat", a, kw)));
        t.AddMethod("inode", (ts, self, a, kw) => ((PyTuple)((DirEntryObj)self).Stat(false))[1]);
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        t.InheritSlots(BuiltinTypes.Object);
        t.AddSlotWrappers();
        t.FreezeStatic();
        return t;
    }

    private static PyType MakeScandirIteratorType()
    {
        TypeInit.EnsureInitialized();
        var t = BuiltinTypes.CreateStatic("ScandirIterator", BuiltinTypes.Object, "posix", subclassable: false);
        t.InstanceFactory = null;
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((ScandirIter)o).Next();
        t.AddMethod("close", (ts, self, a, kw) => { ((ScandirIter)self).Close(); return PyNone.Value; });
        t.AddMethod("__enter__", (ts, self, a, kw) => self);
        t.AddMethod("__exit__", (ts, self, a, kw) => { ((ScandirIter)self).Close(); return PyBool.False; });
        t.InheritSlots(BuiltinTypes.Object);
        t.AddSlotWrappers();
        t.FreezeStatic();
        return t;
    }
}
