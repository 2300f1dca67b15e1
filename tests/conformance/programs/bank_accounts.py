# A class hierarchy of bank accounts with validation and transaction history
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}')
        self.amount = amount
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner, self._balance, self.history = owner, balance, []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def available(self): return self._balance
    def month_end(self): pass
    def __repr__(self): return f'{type(self).__name__}(#{self.id} {self.owner!r} {self._balance:.2f})'
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self._balance += interest
        self.history.append(('interest', interest))
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self): return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            self._balance -= 15
            self.history.append(('fee', 15))
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, cls, *a, **k):
        acct = cls(*a, **k)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self): return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
s = bank.open(Savings, 'alice', 1000)
c = bank.open(Checking, 'bob', 50, overdraft=200)
print(s, c, bank.total())
bank.transfer(c.id, s.id, 180)
print(s, c)
try:
    bank.transfer(c.id, s.id, 100)
except InsufficientFunds as e:
    print('InsufficientFunds:', e, e.amount)
try:
    s.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
print(s, c, bank.total())
print(s.history, c.history)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
