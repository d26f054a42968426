"""Where tokens live between requests and processes: the ``TokenCache`` protocol and its caches.

``_base`` (the protocol, ``MemoryTokenCache``, the null lease), ``_codec`` (how an entry is
written at rest, optionally encrypted, bound to its key), ``_file`` + ``_safe_open`` (one
machine, many processes), ``_redis`` + ``_redis_clients`` + ``_redis_urls`` (many hosts, every
Redis topology), ``_urls`` (``cache=`` URLs → a cache).
"""
