"""json.dumps and json.loads of nested records (the _json encoder and scanner), with indent and sort_keys."""
import json


def make_records(n):
    return [{"id": i, "name": f"user {i}", "email": f"user{i}@example.com", "score": i * 0.731,
             "active": i % 3 != 0, "tags": ["a", "b\n", f"t{i % 17}"], "parent": None,
             "address": {"street": f"{i} Main St", "city": "Zürich", "zip": f"{i % 10000:05d}"}}
            for i in range(n)]


def main():
    records = make_records(10000)
    total = 0
    for _ in range(25):
        text = json.dumps(records)
        back = json.loads(text)
        total += len(text) + len(back)
    pretty = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False)
    total += len(pretty) + len(json.loads(pretty))
    return total, back[-1]["address"]["zip"], back == records


if __name__ == "__main__":
    print("json", *main())
