"""From raw names to stable ids: the registry, the curation it applies, campaigns and places."""
