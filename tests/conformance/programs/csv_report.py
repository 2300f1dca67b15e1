# Parsing CSV data with the csv module and producing aggregated reports
import csv, io
DATA = '''date,region,product,units,price
2024-01-05,north,apple,10,0.5
2024-01-05,south,apple,4,0.55
2024-01-06,north,pear,7,0.8
2024-01-07,east,apple,12,0.45
2024-01-07,north,"melon, large",2,3.5
2024-02-01,south,pear,9,0.75
2024-02-03,east,melon,1,3.0
'''
rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[4]['product'])
totals = {}
for r in rows:
    key = (r['date'][:7], r['region'])
    totals[key] = totals.get(key, 0) + int(r['units']) * float(r['price'])
for (month, region), amount in sorted(totals.items()):
    print(f'{month} {region:<6} {amount:8.2f}')
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['product', 'units'])
by_product = {}
for r in rows:
    by_product[r['product']] = by_product.get(r['product'], 0) + int(r['units'])
for p in sorted(by_product):
    w.writerow([p, by_product[p]])
print(out.getvalue(), end='')
print(max(rows, key=lambda r: int(r['units']) * float(r['price']))['product'])
