from .c import C_NAME
D_NAME = 'd'
