"""The front door: ``TokenAuth`` and the options it is built from.

``_auth`` (``TokenAuth``: ``httpx.Auth``, typed ``for_provider`` overloads, ``client()``),
``_options`` (``Options``, the keyword list declared once; shorthands folded into objects),
``_config`` (every check before any I/O → ``ResolvedConfig``), ``_assembly`` (settled options →
config, fetcher, cache, manager).
"""
