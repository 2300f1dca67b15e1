from .d import D_NAME
C_NAME = 'c'
