# Equivalent dispatch with if/elif chains, dict dispatch and match
def http_if(code):
    if code == 200:
        return 'OK'
    elif code in (301, 302):
        return 'Redirect'
    elif 400 <= code < 500:
        return 'Client error'
    elif code >= 500:
        return 'Server error'
    return 'Unknown'
TABLE = {200: 'OK', 301: 'Redirect', 302: 'Redirect'}
def http_dict(code):
    return TABLE.get(code) or ('Client error' if 400 <= code < 500 else 'Server error' if code >= 500 else 'Unknown')
def http_match(code):
    match code:
        case 200:
            return 'OK'
        case 301 | 302:
            return 'Redirect'
        case c if 400 <= c < 500:
            return 'Client error'
        case c if c >= 500:
            return 'Server error'
        case _:
            return 'Unknown'
for code in [200, 301, 302, 404, 418, 500, 503, 100]:
    r = {http_if(code), http_dict(code), http_match(code)}
    print(code, r.pop(), len(r) == 0)
