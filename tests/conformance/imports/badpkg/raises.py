print('badpkg.raises: about to fail')
raise ValueError('error during module import')
