for call in (lambda: object().__reduce__(0), lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__('x'), lambda: object().__reduce__(protocol=1)):
    try:
        call(); print('ok')
    except TypeError as e:
        print('TypeError', e)
print(object().__reduce__()[0].__name__, object().__reduce_ex__(0)[0].__name__)
