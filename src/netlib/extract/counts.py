"""Articles: reported signatory counts ("more than 200 groups")."""

from __future__ import annotations

import re

from netlib.extract.words import _words
from netlib.vocabulary import entries as entries_of
from netlib.vocabulary import words as words_of

__all__ = []  # private to the parser: its sibling modules import what they need

_SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "dozen": 12}
# "trinta", "twintig", "zwanzig": numbers in words of other languages, one word each
_OTHER_NUMBERS = {
    word: int(value)
    for word, _, value in (entry.partition(" ") for entry in entries_of("number_words"))
}
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,9}")
_AT_LEAST = {("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("greater", "than")}
_AT_LEAST |= {("in", "excess", "of"), ("reaches",), ("reached",), ("passed",), ("surpassed",)}
_AT_LEAST |= {("topped",), ("exceeded",), ("milestone", "of"), ("more", "than", "a")}
# German, Portuguese, Spanish, French, Italian, Dutch: "Über 75 Organisationen", "mais de 200"
_AT_LEAST |= {("über",), ("mehr", "als"), ("mais", "de"), ("más", "de"), ("plus", "de")}
_AT_LEAST |= {("oltre",), ("più", "di"), ("meer", "dan"), ("ruim",)}
# "Hundreds of workers", "dozens of groups" are not counts: no number is reported (the seed
# articles' "hundreds of workers" and "thousands of employees" are kept out so).
_ABOUT = {
    ("about",),
    ("around",),
    ("roughly",),
    ("approximately",),
    ("some",),
    ("nearly",),
    ("almost",),
    ("close", "to"),
    ("an", "estimated"),
    ("estimated",),
    ("up", "to"),
    ("as", "many", "as"),
    ("rund",),
    ("etwa",),
    ("circa",),
    ("ungefähr",),
    ("cerca", "de"),
    ("quase",),
    ("casi",),
    ("unos",),
    ("près", "de"),
    ("environ",),
    ("quasi",),
    ("ongeveer",),
}
_ORG_UNITS = words_of("count_units_organisations")
_PEOPLE_UNITS = words_of("count_units_people")
# "natuurorganisaties", "Umweltorganisationen": a compound that ends in a long unit noun
_COMPOUND_UNITS = tuple(sorted(u for u in _ORG_UNITS if len(u) >= 9))


# Between a number and its unit noun stand adjectives ("80 shopping, dining and hotel
# chains"), never a preposition that starts another phrase
_UNIT_BARRIERS = _words("in with to for from by on at into under per than as via")


def _unit_of(core):
    """The unit noun ``core`` is, or a compound ends in, else None."""
    if core in _ORG_UNITS or core in _PEOPLE_UNITS:
        return core
    if len(core) > 12 and core.endswith(_COMPOUND_UNITS):
        return next(u for u in _COMPOUND_UNITS if core.endswith(u))
    return None


_COUNT_CONTEXT = re.compile(
    r"\b(?:sign(?:s|ed|ing|atures?|atories|atory|ers?|ees?)?|co-?sign\w*|endors\w*|"
    r"petition\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed|ing)|"
    r"demand(?:s|ed|ing)?|sent|send|sends|wrote|penned|joined|join|joins|"
    # the same in German, Portuguese, Spanish, French and Italian
    r"forder\w*|unterzeichn\w*|unterschrieb\w*|exig\w*|assin\w*|firma\w*|sign[ée]\w*|"
    r"signataires|reclam\w*|chiedono|"
    # acting together: "along with nearly 70 organizations", "62 natuurorganisaties
    # ondersteunen", "trinta coletivos convocaram", "juntam-se", "unterstützen"
    r"along\s+with|together\s+with|alongside|support(?:s|ed|ing)?|backed|"
    r"onderteken\w*|ondersteun\w*|steun\w*|convoc\w*|junta\w*|lança\w*|apoi\w*|apoy\w*|"
    r"unterstütz\w*|soutien\w*|soutenu\w*)\b",
    re.IGNORECASE,
)
_STRIP_CORE = ".,;:!?()[]\"'"
_REPRESENTED = _words("representing represent represents represented totalling totaling")


def _word_number(cores, i):
    """``(value, next index)`` for a number written in words at ``cores[i]``, else ``None``."""
    if cores[i] in _OTHER_NUMBERS:
        return _OTHER_NUMBERS[cores[i]], i + 1
    total, current, j, seen = 0, 0, i, False
    while j < len(cores):
        word = cores[j]
        parts = word.split("-")
        if word == "a" and j + 1 < len(cores) and cores[j + 1] in _MULTIPLIERS and not seen:
            current, seen = 1, True
        elif all(p in _SMALL_NUMBERS or p in _TENS for p in parts) and word:
            current += sum(_SMALL_NUMBERS.get(p, 0) + _TENS.get(p, 0) for p in parts)
            seen = True
        elif word in _MULTIPLIERS and seen:
            current = max(current, 1) * _MULTIPLIERS[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word == "and" and seen and j + 1 < len(cores) and cores[j + 1] in _SMALL_NUMBERS:
            pass
        else:
            break
        j += 1
    return (total + current, j) if seen else None


_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")


def _number_at(cores, words, i):
    core = cores[i]
    if core.endswith("+") and _DIGITS.fullmatch(core[:-1]):
        core = core[:-1]  # "560+": at least, see _qualifier
    if words[i][:1] in "$£€" or words[i].rstrip(".,;:").endswith("%"):
        return None
    nxt = cores[i + 1] if i + 1 < len(cores) else ""
    if (_DIGITS.fullmatch(core) or _DECIMAL.fullmatch(core)) and nxt in ("million", "m"):
        return round(float(core.replace(",", "")) * 1_000_000), i + 2
    if core.endswith("m") and _DECIMAL.fullmatch(core[:-1]):
        return round(float(core[:-1]) * 1_000_000), i + 1  # "1.3m"
    if _DIGITS.fullmatch(core):
        return int(core.replace(",", "")), i + 1
    return _word_number(cores, i)


def _qualifier(cores, i, words=None):
    if words is not None and words[i].rstrip(".,;:").endswith("+"):
        return "at_least"
    for size in (3, 2, 1):
        if i - size >= 0 and tuple(cores[i - size : i]) in _AT_LEAST:
            return "at_least"
        if i - size >= 0 and tuple(cores[i - size : i]) in _ABOUT:
            return "about"
    return "exact"


def _counts(sentence):
    """Reported numbers of signers in one sentence: ``(count, qualifier, unit, type)``."""
    if not _COUNT_CONTEXT.search(sentence):
        return []
    words = sentence.split()
    cores = [w.strip(_STRIP_CORE).casefold() for w in words]
    found, i = [], 0
    while i < len(words):
        number = _number_at(cores, words, i)
        if not number:
            i += 1
            continue
        value, j = number
        if i and cores[i - 1] in _REPRESENTED:
            i = j
            continue  # "councils representing 132,000 people": whom they speak for, not signers
        after = cores[j] if j < len(cores) else ""
        qualifier = _qualifier(cores, i, words)
        if qualifier == "exact" and "dozen" in cores[i:j]:
            qualifier = "about"  # "two dozen employees" is a round figure, not a tally
        millions = value >= 1_000_000 and j - i <= 2 and "," not in words[i]
        if millions:
            # "1.3 million people signed": counted only beside a word of signing, so that
            # "15 million members" is not
            near = " ".join(cores[max(0, i - 3) : j + 4])
            if not re.search(r"\bsign", near):
                i = j
                continue
            if qualifier == "exact":
                qualifier = "about"  # a figure in millions is rounded
        year_like = "," not in words[i] and 1900 <= value <= 2099 and qualifier == "exact"
        money = after in ("million", "billion", "percent", "m", "bn")
        unit = None
        if not (money or year_like or value < 2):
            for k in range(j, min(j + 6, len(words))):
                unit = _unit_of(cores[k])
                if unit:
                    break
                if _number_at(cores, words, k) or words[k][-1:] in ",;:.!?":
                    break
                if cores[k] in _UNIT_BARRIERS:
                    break  # "as many as 200 in partnership with other local councils"
        if unit:
            kind = "organisations" if unit in _ORG_UNITS else "individuals"
            found.append((value, qualifier, unit, kind))
        i = max(j, i + 1)
    return found
