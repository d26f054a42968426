"""The ground floor: values and seams every other part stands on. No I/O, no state.

``_secret`` (``Secret``, fingerprints), ``_token`` (``Token`` and its validation), ``_grants``
(what a fetch asks for), ``_policy`` (``RetryPolicy``, ``RefreshPolicy``), ``_endpoint``
(``Endpoint``, ``HttpOptions``), ``_urls`` (https-only URL policy), ``_clock`` (the one seam for
time), ``_deadline`` and ``_deadline_backend`` (one deadline for a whole exchange),
``_durations`` (vendor numbers held to ranges), ``_scrub`` (secrets out of vendor text).
"""
