VALUE = 'submodule value'
