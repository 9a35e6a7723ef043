"""The network: biadjacency, projection, compiled kernels, backbones, clustering."""
