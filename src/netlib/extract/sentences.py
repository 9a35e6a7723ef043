"""Articles: paragraphs into sentences, and the web chrome that is not the article."""

from __future__ import annotations

import re

from netlib.extract.lines import _SENTENCE_END
from netlib.extract.names import _TRANSLATE
from netlib.extract.words import _words

__all__ = ["split_sentences"]

_ABBREVIATIONS = _words(
    """
    mr mrs ms mx dr prof rev st sen rep gov gen lt col capt inc co corp ltd jr sr no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec wash calif tex mass fla ariz colo conn ill
    mich minn penn va mt ft univ dept est approx
    """
)
# The lookbehind starts a match only at the first mark of a run and the possessive quantifiers
# never give back what they took: a long run of dots without a space is one linear scan.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+\s+")


def _is_boundary(text, match):
    following = text[match.end() : match.end() + 2]
    if not following or not (
        following[0].isupper() or following[0].isdigit() or following[0] in "\"'(["
    ):
        return False
    if text[match.start()] != ".":
        return True
    word = text[text.rfind(" ", 0, match.start()) + 1 : match.start()].lstrip("\"'(")
    return not ("." in word or len(word) == 1 or word.casefold() in _ABBREVIATIONS)


def split_sentences(lines):
    """Split each line (an article's paragraph) into sentences, keeping line numbers.

    Parameters
    ----------
    lines : list of str
        Decoded lines; ``lines[0]`` is line 1.

    Returns
    -------
    list of (int, str)
        ``(1-based line, sentence)`` in document order; blank lines give nothing. Smart quotes
        become plain quotes and whitespace is collapsed.

    Examples
    --------
    >>> split_sentences(["Mr. Doe left. The U.S. Army stayed!", "", "A.I. is here."])
    [(1, 'Mr. Doe left.'), (1, 'The U.S. Army stayed!'), (3, 'A.I. is here.')]
    """
    out = []
    for number, raw in enumerate(lines, start=1):
        text = " ".join(str(raw).translate(_TRANSLATE).split())
        start = 0
        for match in _BOUNDARY.finditer(text):
            if _is_boundary(text, match):
                sentence = text[start : match.end()].strip()
                if sentence:
                    out.append((number, sentence))
                start = match.end()
        rest = text[start:].strip()
        if rest:
            out.append((number, rest))
    return out


_CHROME_PHRASE = re.compile(
    r"link to comment|share on other sites|replies \d|views \d|read more|jump to content|"
    r"recommended posts|create new|recently browsing|registered users|topic is now archived|"
    r"be the first to know|browser notifications|download the original|advertisement|"
    r"share this|follow us|all rights reserved|privacy policy|terms of (?:use|service)|cookies?\b",
    re.IGNORECASE,
)
_DURATION_END = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?$")
_SUBSCRIPTION = re.compile(r"\bsubscribe\b|newsletter|sign up\b|notifications", re.IGNORECASE)
_CREDIT_GLUED = re.compile(r"Credit[A-Z]")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")  # "MoveOn", "QuitGPT"


def _is_chrome(raw):
    """Web page furniture: captions with durations, buttons, blurbs, navigation."""
    text = " ".join(str(raw).translate(_TRANSLATE).split())
    words = text.split()
    if not words:
        return True
    if _DURATION_END.search(text) or _CREDIT_GLUED.search(text):
        return True
    if len(words) <= 20 and _SUBSCRIPTION.search(text):
        return True  # a blurb ("Sign up for our newsletter"), not news about subscriptions
    if len(words) <= 12 and _CHROME_PHRASE.search(text):
        return True
    if len(words) <= 10 and any(len(_CAMEL.findall(w)) >= 3 for w in words):
        return True
    if text[0] in "•·*-<>×" and len(words) <= 5:
        return True
    return len(words) <= 2 and not _SENTENCE_END.search(text)
