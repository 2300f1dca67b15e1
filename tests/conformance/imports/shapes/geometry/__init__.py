PI = 3.14159
print('shapes.geometry loading, __package__ =', __package__)
