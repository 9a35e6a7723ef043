"""Personal names kept out of the evidence: letter lines and article sentences, withheld."""

from __future__ import annotations

import re

from netlib.extract.mentions import _POSSESSIVE
from netlib.extract.names import (
    _INITIAL,
    _classify,
    _is_given_name,
    _model_says_person,
    _name_token,
    _norm_tok,
    _person_shaped,
)
from netlib.extract.words import (
    _HONORIFICS,
    _NAME_PARTICLES,
    _NOT_NAME,
    _STRONG_HONORIFICS,
    _TITLE_WORDS,
)

__all__ = ["redact_people"]

_WITHHELD = "[withheld]"


_NAME_TOKEN = re.compile(r"[^\s,;:()\[\]|/]+")


def redact_people(text):
    """A line with the personal names in it withheld: a known given name followed by one to
    three capitalised words that are not organisation words, or an honorific and a name.

    >>> redact_people("For further information contact Jane Roe or Dr. Ruha Benjamin")
    'For further information contact [withheld] or [withheld]'
    >>> redact_people("Questions: Mandisa Khanyile, Women's Legal Centre")  # the model's reading
    "Questions: [withheld], Women's Legal Centre"
    >>> redact_people("Fight for the Future")
    'Fight for the Future'
    """
    if len(text) > 20000:
        return _WITHHELD  # a huge rejected line is kept as its reason alone
    tokens = list(_NAME_TOKEN.finditer(text))
    spans, i = [], 0
    while i < len(tokens):
        word = tokens[i].group()
        folded = _norm_tok(word)
        starts = _is_given_name(word) and word[:1].isupper() and folded not in _NOT_NAME
        honorific = folded in _STRONG_HONORIFICS and word[:1].isupper()
        if starts or honorific:
            j = i + 1
            while (
                j < len(tokens)
                and j - i <= 3
                and _name_token(tokens[j].group())
                in (
                    "word",
                    "initial",
                    "particle",
                )
            ):
                j += 1
            if j - i >= 2 and not (honorific and j - i == 1):
                spans.append((tokens[i].start(), tokens[j - 1].end()))
                i = j
                continue
        # two or three capitalised name words that probablepeople reads as a person's name
        j = i
        while j < len(tokens) and j - i < 3 and _name_token(tokens[j].group()) == "word":
            j += 1
        if j - i >= 2 and _model_says_person(text[tokens[i].start() : tokens[j - 1].end()]):
            spans.append((tokens[i].start(), tokens[j - 1].end()))
            i = j
            continue
        i += 1
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(_WITHHELD)
        last = end
    out.append(text[last:])
    return "".join(out)


_SPAN_TOKEN = re.compile(r"[^\s–—/]+")


def _person_in_run(run):
    """The part of a capitalised run that is a personal name, as ``(first, last)`` or ``None``."""
    words = [core for _, _, core in run]
    start, honorific = 0, False
    while start < len(words) - 1:
        low = _norm_tok(words[start])
        if low in _HONORIFICS:
            honorific = True
        elif low not in _TITLE_WORDS:
            break
        start += 1
    rest = words[start:]
    if honorific and rest and all(_name_token(w) for w in rest):
        return start, len(words) - 1
    if _person_shaped(rest):
        return start, len(words) - 1
    # "Skills Development Monte McNaughton", "PM Helen Clark": an office or title that is no
    # honorific, then a person's full name (a known given name heads it)
    for size in (3, 2):
        first = len(words) - size
        if first > start and _is_given_name(words[first]) and _person_shaped(words[first:]):
            if _classify(" ".join(words[first:]), False) == "person":
                return first, len(words) - 1
    return None


def _person_spans(sentence):
    """``(start, end, surname)`` of personal names in a sentence, by shape.

    Capitalised runs are taken whole ("Seattle Police Department" is one run, and not a
    person); leading honorifics and titles are peeled ("CEO Satya Nadella").
    """
    spans, run = [], []

    def close():
        found = _person_in_run(run) if run else None
        if found:
            first, last = found
            spans.append((run[first][0], run[last][1], run[last][2]))

    for match in _SPAN_TOKEN.finditer(sentence):
        token = match.group()
        core = token.strip("\"'()[],;:!?")
        possessive = bool(_POSSESSIVE.search(core)) and len(core) > 2
        if possessive:
            core = _POSSESSIVE.sub("", core)
        if not _INITIAL.fullmatch(core):
            core = core.rstrip(".")
        capitalised = core[:1].isupper() or (bool(run) and core in _NAME_PARTICLES)
        if not capitalised:
            close()
            run = []
            continue
        start = match.start() + token.find(core[:1])
        run.append((start, start + len(core), core))
        ends = possessive or token.rstrip("\"')") != token.rstrip("\"'),;:!?")
        if ends or (token.endswith(".") and not _INITIAL.fullmatch(core)):
            close()
            run = []
    close()
    return spans


class _Redactor:
    """Replaces personal names in evidence sentences by "[person]"."""

    def __init__(self, sentences, keep):
        self.keep = keep
        self.surnames = set()
        if not keep:
            for _, sentence in sentences:
                for _, _, surname in _person_spans(sentence):
                    if len(surname) > 2:
                        self.surnames.add(surname)

    def __call__(self, sentence, protect=()):
        if self.keep:
            return sentence
        spans = [(s, e) for s, e, _ in _person_spans(sentence)]
        for match in _SPAN_TOKEN.finditer(sentence):
            core = _POSSESSIVE.sub("", match.group().strip("\"'()[],;:!?.")) or ""
            if core in self.surnames:
                start = match.start() + match.group().find(core)
                spans.append((start, start + len(core)))
        guarded = []
        lowered = sentence.casefold()
        for name in protect:
            start = lowered.find(name.casefold())
            while start >= 0 and name:
                guarded.append((start, start + len(name)))
                start = lowered.find(name.casefold(), start + len(name))
        spans = sorted((s, e) for s, e in spans if not any(s < ge and gs < e for gs, ge in guarded))
        out, last = [], 0
        for start, end in spans:
            if start < last:
                last = max(last, end)  # overlapping spans ("Universities Ross Romano") are one
                continue
            gap = sentence[last:start]
            if out and out[-1] == "[person]" and not gap.strip():
                last = end
                continue
            out.extend([gap, "[person]"])
            last = end
        out.append(sentence[last:])
        return "".join(out)
