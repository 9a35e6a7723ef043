"""Counts in words for what netlib prints and writes (no heavy imports: the CLI uses it)."""

__all__ = ["plural"]


def plural(count, singular, plural_form=None):
    """``"1 organisation"``, ``"2 organisations"``.

    Examples
    --------
    >>> plural(1, "cluster"), plural(3, "cluster"), plural(2, "pair", "pairs of x")
    ('1 cluster', '3 clusters', '2 pairs of x')
    """
    count = int(count)
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
