# Word frequency, n-grams and text formatting
from collections import Counter
import re, textwrap
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{w:<10}{n:>3} {"#" * n}')
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
sentences = [s.strip() for s in re.split(r'[,.]', TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len))
print(textwrap.fill(' '.join(w.capitalize() for w in words[:30]), width=40))
caesar = lambda s, k: ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar('the quick brown fox', 13)
print(enc, caesar(enc, 13))
print({c: words.count(c) for c in ['it', 'was', 'of']})
