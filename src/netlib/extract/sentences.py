"""Articles: paragraphs into sentences, and the web chrome that is not the article."""

from __future__ import annotations

import re

from netlib.extract.lines import _SENTENCE_END
from netlib.extract.names import _TRANSLATE, _UNDERSCORE_EMPHASIS
from netlib.extract.words import _words

__all__ = ["split_sentences"]

_ABBREVIATIONS = _words(
    """
    mr mrs ms mx dr prof rev st sen rep gov gen lt col capt inc co corp ltd jr sr no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec wash calif tex mass fla ariz colo conn ill
    mich minn penn va mt ft univ dept est approx
    """
)
_MONTHS = _words(
    """
    januar februar märz april mai juni juli august september oktober november dezember
    jänner feber
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
    if word.isdigit() and len(word) <= 2:
        # "Am 18. November 2025": a German day number, not the end of a sentence
        month = text[match.end() : match.end() + 12].split(" ", 1)[0].strip(".,")
        if month.casefold() in _MONTHS:
            return False
    return not ("." in word or len(word) == 1 or word.casefold() in _ABBREVIATIONS)


# A hard-wrapped text (a press release saved at a fixed width): lines no longer than this,
# and a line within this many characters of the widest, not ending a sentence, is a wrapped
# one, its paragraph going on in the next line ("Das Bündnis F5 aus AlgorithmWatch, ..., Open
# Knowledge" / "Foundation Deutschland, ...").
_WRAP_WIDTH = 100
_WRAP_SLACK = 20
_WRAP_MIN_LINES = 3


def _paragraphs(texts):
    """``(1-based first line, text)`` per paragraph: one per line, except that in a
    hard-wrapped text a wrapped line and the ones it runs on into are one paragraph."""
    widths = [len(t) for t in texts]
    width = max(widths, default=0)
    wrapped = set()
    if 0 < width <= _WRAP_WIDTH:
        wrapped = {
            n
            for n, w in enumerate(widths)
            if w >= width - _WRAP_SLACK and not _SENTENCE_END.search(texts[n])
        }
        if len(wrapped) < _WRAP_MIN_LINES:
            wrapped = set()
    # wherever the widths are, a short line that ends no sentence runs on into a next line that
    # opens in lower case: "**GI-ESCR, jointly with ... ProDESC, submitted a joint" /
    # "written contribution to the Committee ..." (a page whose other paragraphs are long)
    wrapped |= {
        n
        for n in range(len(texts) - 1)
        if widths[n] <= _WRAP_WIDTH
        and texts[n + 1].lstrip()[:1].islower()
        and not _SENTENCE_END.search(texts[n])
    }
    out = []
    joining = False
    for n, text in enumerate(texts):
        if joining and text:
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
        elif text:
            out.append((n + 1, text))
        joining = bool(text) and n in wrapped
    return out


def split_sentences(lines):
    """Split each line (an article's paragraph) into sentences, keeping line numbers.

    In a hard-wrapped text (every line at most ``_WRAP_WIDTH`` characters, several near the
    widest), a line near the widest runs on into the next: the sentence that crosses it is
    one sentence, numbered by the line it starts on.

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
    >>> wrapped = split_sentences(["The alliance of Example Group, Open Knowledge",
    ...     "Foundation and Sample Trust said on Monday that", "the plan is late. It asks for",
    ...     "more.", "A heading"])
    >>> print(wrapped[0][0], wrapped[0][1])  # doctest: +NORMALIZE_WHITESPACE
    1 The alliance of Example Group, Open Knowledge Foundation and Sample Trust said on
      Monday that the plan is late.
    >>> wrapped[1:]
    [(1, 'It asks for more.'), (5, 'A heading')]
    """
    out = []
    texts = [" ".join(str(raw).translate(_TRANSLATE).split()) for raw in lines]
    # "_Today, the Coalition sent ... Development _Monte McNaughton._": emphasis marks out, so
    # that names are read (and people redacted) as words
    texts = [_UNDERSCORE_EMPHASIS.sub("", t) if "_" in t else t for t in texts]
    for number, text in _paragraphs(texts):
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
