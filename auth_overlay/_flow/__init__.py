"""The token flow: getting, sharing and refreshing one token for every caller of a ``TokenAuth``.

``_manager`` coordinates; ``_state`` decides (a tagged ``Plan``, pure); ``_flight`` is the single
flight; ``_shared`` the shared-cache lease flow; ``_grant_sources`` which grant next;
``_fetch`` one token request as a sans-I/O flow, judged by ``_outcome``; ``_effects`` the only
I/O (the sync and async drivers); ``_http`` the clients it sends with; ``_refresher`` the
background refresher thread.
"""
