# String transformations: Caesar and Vigenere ciphers, translate tables
import string
def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            shift = ord(key[i % len(key)].lower()) - ord('a')
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Meet at the old Mill, 6pm.'
for k in [1, 3, 13, 25]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, 26 - k) == msg)
v = vigenere(msg, 'LEMON')
print(v, vigenere(v, 'LEMON', decrypt=True))
print(msg.translate(str.maketrans('', '', string.punctuation + string.digits)))
print(msg.swapcase(), msg.lower().count('a'), sorted(set(msg.lower()) & set('aeiou')))
