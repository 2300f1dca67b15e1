# Inventory management with dataclasses, sorting, grouping and reports
from dataclasses import dataclass, field
from collections import defaultdict
from itertools import groupby
@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    category: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    @property
    def value(self): return round(self.price * self.qty, 2)
catalog = [
    Product('B-200', 'Widget', 'hardware', 2.50, 100),
    Product('A-100', 'Gadget', 'hardware', 12.99, 7),
    Product('C-300', 'Manual', 'books', 19.95, 3),
    Product('A-050', 'Sprocket', 'hardware', 0.75, 1200),
    Product('D-400', 'Novel', 'books', 8.49, 0),
    Product('E-500', 'Cable', 'electronics', 4.20, 45),
]
print([p.sku for p in sorted(catalog)])
by_cat = defaultdict(list)
for p in catalog:
    by_cat[p.category].append(p)
for cat in sorted(by_cat):
    items = by_cat[cat]
    print(f'{cat:<12} items={len(items)} units={sum(p.qty for p in items):>5} value={sum(p.value for p in items):>9.2f}')
print('out of stock:', [p.name for p in catalog if p.qty == 0])
print('low stock:', sorted((p.name for p in catalog if 0 < p.qty < 10)))
keyf = lambda p: p.price < 5
for cheap, group in groupby(sorted(catalog, key=keyf), key=keyf):
    print('cheap' if cheap else 'pricey', [p.name for p in group])
def restock(products, threshold=10, amount=50):
    changed = []
    for p in products:
        if p.qty < threshold:
            p.qty += amount
            changed.append(p.sku)
    return changed
print(restock(catalog), [p.qty for p in catalog])
print(f'{"TOTAL":<12}{sum(p.value for p in catalog):>30,.2f}')
