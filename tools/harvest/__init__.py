"""Harvesting a docs site's API reference (GitBook-style: one OpenAPI block per operation or schema)
into one spec: the index (index.py), the pages (crawl.py), the merge (merge.py), declared
winners of conflicts (winners.py), and the whole run (site.py)."""
