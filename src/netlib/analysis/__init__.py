"""What the network shows: centrality, communities, bridging, overlap, turnover, summaries."""
