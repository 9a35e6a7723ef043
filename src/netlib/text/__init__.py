"""Text every stage shares: invisible and direction-control characters, dates with a precision.

The word lists are :mod:`netlib.vocabulary`'s (``netlib/vocab/*.txt``), beside the parser.
"""
