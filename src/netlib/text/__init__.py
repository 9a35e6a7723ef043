"""Text every stage shares: invisible and direction-control characters, dated precision."""
