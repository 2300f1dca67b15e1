# An exception in finally replaces the one being propagated (shown as context)
def work():
    try:
        raise KeyError('original problem')
    finally:
        cleanup()
def cleanup():
    raise OSError('cleanup failed')
print('working')
work()
