"""Developer tooling behind the nox sessions: vendoring, regeneration, the drift check and the upstream watch.

Commands (``python -m tools.<command>``, each a nox session): ``vendor``, ``regenerate``,
``drift``, ``check_upstream``, ``update``, ``compare`` (``nox -s specdiff``). Their parts, one
folder per concern, each module one job:

    core/       the repository's layout (Vendor), one-line errors and the parser, atomic writes
    net/        the one fetch (https, redirects, conditional requests, a deadline, a size cap)
    parse/      the one parse of what a vendor serves (JSON, YAML, a docs page's blocks), with limits
    generate/   upstream + overlay → a validated spec → the pinned generator's client (remembered by its input)
    diff/       two specs compared with a client's rules (specdiff)
    checks/     the drift check's parts
    vendoring/  writing a vendor's upstream spec and manifest
    watch/      check-upstream's comparison, the Python impact, the one report writer, CHANGES.md,
                the scratch checkout and the all-or-nothing move-in of update
"""
