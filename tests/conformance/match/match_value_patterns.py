# Value patterns compare with ==; singletons with is
class AlwaysEqual:
    def __eq__(self, o): return True
class Consts:
    ANY = AlwaysEqual()
    ZERO = 0
match 12345:
    case Consts.ANY:
        print('value pattern used == (AlwaysEqual)')
match 0.0:
    case Consts.ZERO:
        print('0.0 == 0 matched value pattern')
match 0.0:
    case 0:
        print('literal 0 matches 0.0')
match 1:
    case True:
        print('1 matched True?')
    case _:
        print('True pattern uses identity: 1 is not True')
match False:
    case 0:
        print('False == 0 matched literal 0')
match None:
    case None:
        print('None matched')
import math
match float('nan'):
    case math.nan:
        print('nan matched?')
    case _:
        print('nan != nan')
match math.pi:
    case math.pi:
        print('math.pi matched')
