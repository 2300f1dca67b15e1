# decimal (CPython's _pydecimal on Kaa): arithmetic, contexts, rounding, signals and formatting.
import decimal
from decimal import Decimal, Context, localcontext, getcontext, ROUND_HALF_UP, ROUND_DOWN

print(Decimal('1.1') + Decimal('2.2'), Decimal('1.30') * 2, Decimal(10) / 3)
print(Decimal('7') // Decimal('-2'), Decimal('7') % Decimal('-2'), divmod(Decimal(17), 5))
print(Decimal('-0'), Decimal('1e-7'), Decimal('123.456e10'), Decimal('NaN'), Decimal('-Infinity'))
print(repr(Decimal(0.1)), Decimal.from_float(1.5), Decimal((0, (1, 4, 1), -2)))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(100).log10(), Decimal(1).exp())
print(Decimal('1.20').normalize(), Decimal('12.5').as_tuple(), Decimal('0.75').as_integer_ratio())
print(round(Decimal('2.675'), 2), int(Decimal('-7.9')), float(Decimal('1.25')), hash(Decimal(5)) == hash(5))
print(Decimal(1) == 1, Decimal('0.5') < 0.75, sorted([Decimal('3'), Decimal('1.5'), 2]))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(getcontext().prec, getcontext().rounding)
ctx = Context(prec=5, traps=[decimal.DivisionByZero])
print(ctx.divide(Decimal(22), Decimal(7)), ctx.power(Decimal(2), 100))
for expr in ("Decimal(1) / 0", "Decimal('abc')", "Decimal(1).quantize(Decimal('1e-100'))",
             "Decimal('nan') < 1", "int(Decimal('inf'))"):
    try:
        print(eval(expr))
    except Exception as e:
        # Only the type: CPython's C _decimal and _pydecimal word these messages differently.
        print(type(e).__name__)
print(format(Decimal('1234567.891'), ',.2f'), f"{Decimal('0.000123'):.2e}", f"{Decimal('42'):>8}|")
print(Decimal('1.5').is_finite(), Decimal('snan').is_snan(), Decimal(-3).copy_abs(), Decimal(3).copy_sign(-1))
print(sum([Decimal('0.1')] * 10), max(Decimal('1.0'), Decimal('1')), Decimal('1.000').adjusted())
