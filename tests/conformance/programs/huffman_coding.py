# Huffman coding: build a code from frequencies, encode and decode
import heapq
from collections import Counter
def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or '0'
        else:
            walk(node[0], prefix + '0')
            walk(node[1], prefix + '1')
    walk(heap[0][2], '')
    return codes
def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ''
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur]); cur = ''
    return ''.join(out)
text = 'this is an example of a huffman tree built from a short sentence'
codes = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
bits = ''.join(codes[c] for c in text)
print(len(bits), len(text) * 8, round(len(bits) / (len(text) * 8), 3))
print(decode(bits, codes) == text, bits[:40])
print(build_codes('aaaa'), decode('000', build_codes('aaa')))
