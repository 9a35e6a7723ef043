"""Developer tools, never used by a build: synthetic corpora and benchmarks."""
