# sysconfig reads the build configuration module (_sysconfigdata_*) on POSIX.
import sys
import sysconfig

print(sysconfig.get_config_var('Py_GIL_DISABLED'), sysconfig.get_config_var('Py_DEBUG'))
print(repr(sysconfig.get_config_var('ABIFLAGS')), repr(sys.abiflags))
print(sysconfig.get_config_var('MULTIARCH') == sys.implementation._multiarch)
print(sysconfig.get_config_var('MACHDEP') == sys.platform)
print(sysconfig.get_config_var('WITH_DOC_STRINGS'))
print(sysconfig.get_config_var('no_such_variable'))
print(sysconfig.get_platform() == f"linux-{sysconfig.get_config_var('MULTIARCH').split('-')[0]}")
cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv['prefix'] == sys.prefix, cv['abi_thread'])
print(sorted(sysconfig.get_paths()))
print(sysconfig.get_paths()['stdlib'] == sysconfig.get_path('stdlib'))
print(sysconfig.get_config_vars('Py_GIL_DISABLED', 'no_such'))
