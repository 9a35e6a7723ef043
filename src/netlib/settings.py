"""Build settings shared by the library and the command line (no heavy imports here)."""

__all__ = ["DEFAULT_MAX_LETTER_SIZE"]

#: Big-letter policy: a campaign of more organisations than this adds no pair to the
#: co-signing table (a letter of k makes k(k-1)/2 pairs: 50,000 signatories would make 1.25
#: billion). The same cap as the benchmark's clustering stage; ``netlib build
#: --max-letter-size`` changes it, and ``build.json`` records the value used.
DEFAULT_MAX_LETTER_SIZE = 1000
