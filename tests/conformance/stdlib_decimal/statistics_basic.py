# statistics now imports (it needs decimal): the common functions on ints, floats and Fractions.
import statistics
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), statistics.stdev(data), statistics.variance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode('aabbbcc'))
print(statistics.fmean([1.5, 2.5, 3.0]), statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.quantiles(range(1, 11), n=4))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
d = statistics.NormalDist(100, 15)
print(round(d.cdf(115), 6), round(d.inv_cdf(0.975), 6), d.mean, d.stdev)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
