"""Articles: reported signatory counts ("more than 200 groups")."""

from __future__ import annotations

import re

from netlib.extract.words import _COMMON, _words
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
# "ruim twintig organisaties en de vier grote steden": cities that sign count as organisations
_PLACE_UNITS = words_of("count_units_places")
_ORG_UNITS = words_of("count_units_organisations") | _PLACE_UNITS
# what a petition counts: "attracted 7,000 signatures", "more than 10,000 votes"
_TALLY_UNITS = words_of("count_units_tallies")
_PEOPLE_UNITS = words_of("count_units_people") | _TALLY_UNITS
_PHRASES = {}
for _entry in entries_of("count_phrases"):
    _kind, _, _phrase = _entry.partition(" ")
    _PHRASES.setdefault(_kind, []).append(_phrase)
# "Hundreds of tech workers have signed": a plural of a power of ten, with its power
_VAGUE = {w: int(v) for w, _, v in (p.partition(" ") for p in _PHRASES["vague"])}
_PARTITIVES = frozenset(tuple(p.split()) for p in _PHRASES["partitive"])  # "zes van de tien"
_OTHERS = frozenset(_PHRASES["other"])  # "A, B en zestig andere natuurorganisaties"
_LIST_AND = frozenset(_PHRASES["and"])
_VALID = frozenset(_PHRASES["valid"])  # "1,294,188 were legitimate"
_BE = frozenset(_PHRASES["be"])
_PLACE_BEFORE = frozenset(_PHRASES["place"])  # "protests in 50 cities": where, not who
_ASIDES = tuple(_PHRASES["aside"])
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
    r"unterstütz\w*|soutien\w*|soutenu\w*|"
    # taking part in a call or a submission: "nine city and district councils have also come
    # on board to advocate", "issue urgent plea", "More than 20 civil rights groups ... protest
    # to shut down" (a protest to do something, not "the protests"), "made a joint
    # submission", "haben sich 21 Akteure ... beteiligt", "Über 75 Organisationen ... fordern",
    # "Daarvoor pleiten ...", "Zes van de tien ... aandeelhouders ... eisen"
    r"on\s+board|advocat\w*|pleas?|plead\w*|protest(?:s|ed|ing)?\s+to|"
    r"submi(?:t|ts|tted|tting|ssions?)|"
    r"beteilig\w*|pleit\w*|eis(?:en|t|te|ten))\b",
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


def _qualifier_start(cores, i):
    """Where the qualifier before ``cores[i]`` ("more than", "rund") starts, else ``i``."""
    for size in (3, 2, 1):
        if i - size >= 0 and tuple(cores[i - size : i]) in _AT_LEAST | _ABOUT:
            return i - size
    return i


def _unit_after(cores, words, j):
    """``(unit, index of the unit, index to read on from)`` for a number ending at ``j``.

    Adjectives may stand between ("80 shopping, dining and hotel chains": a list of them,
    parted by commas, ends in "and" before the unit); another number ends the search, unless
    the first counts some of it ("Zes van de tien grootste Nederlandse aandeelhouders": six
    shareholders, and "tien" is no count).
    """
    end, k, last_comma, resume = min(j + 6, len(words)), j, None, j
    while k < end:
        unit = _unit_of(cores[k])
        if unit:
            if last_comma is not None and not _LIST_AND & set(cores[last_comma + 1 : k]):
                return None  # "80, groups say": the comma ended the phrase
            return unit, k, resume
        number = _number_at(cores, words, k)
        if number:
            if tuple(cores[j:k]) not in _PARTITIVES:
                return None
            k = resume = number[1]
            end = min(k + 6, len(words))
            continue
        if cores[k] in _UNIT_BARRIERS:
            return None  # "as many as 200 in partnership with other local councils"
        if words[k][-1:] in ",;:.!?":
            if not (words[k][-1] == "," and words[k][:-1].isalpha() and words[k][:1].islower()):
                return None
            last_comma = k
        k += 1
    return None


# After a count of signers, the verb of signing: "Hundreds of tech workers have signed",
# "thousands of workers who submitted letters", "with 145,239 signing the petition"
_SIGNS_AFTER = re.compile(
    r"(?:(?:who|that|which|have|has|had|since|already|also|all|now|jointly|hebben|haben)\s){0,3}"
    r"(?:sign|co-?sign|submitt|wr[io]te|penn|endors|unterzeichn|unterschrieb|firm|assin|"
    r"sign[ée]|onderteken)"
)
_SIGNED_BY = re.compile(r"\b(?:sign\w*|endorsed|backed|supported)\s+by\Z")


def _signs_after(cores, k):
    return bool(_SIGNS_AFTER.match(" ".join(cores[k : k + 5])))


def _vague_number(cores, i):
    """``(value, next index)`` for "hundreds", "tens of thousands": two of the power."""
    if cores[i] not in _VAGUE:
        return None
    value, j = _VAGUE[cores[i]], i + 1
    if j + 1 < len(cores) and cores[j] in ("of", "de", "van", "di", "von"):
        if _VAGUE.get(cores[j + 1], 0) >= 1000:
            value, j = value * _VAGUE[cores[j + 1]], j + 2  # "hundreds of thousands"
    return 2 * value, j


def _unit_before(cores, i):
    """The last unit noun before ``cores[i]`` in the sentence, else None."""
    return next((u for u in map(_unit_of, reversed(cores[:i])) if u), None)


def _named_before(words, i):
    """How many names a list gives before "and" at ``words[i - 1]``: "het Wereld Natuur
    Fonds, Natuurmonumenten en zestig andere natuurorganisaties" names 2."""
    parts = " ".join(words[: i - 1]).split(",")
    named = 0
    for part in reversed(parts[-12:]):
        tokens = [t.strip(_STRIP_CORE) for t in part.split()]
        if not tokens or not tokens[-1][:1].isupper():
            break
        run = len(tokens)
        while run > 0 and (tokens[run - 1][:1].isupper() or tokens[run - 1] in _NAME_JOINS):
            run -= 1
        if run == 0:
            if len(tokens) == 1 and tokens[0].casefold() in _COMMON and part is parts[0]:
                break  # "Yesterday, Greenpeace and 30 other groups"
            named += 1
            continue
        # the list starts inside this part: after a verb ("pleiten het Wereld Natuur Fonds",
        # "supporting Free Software Foundation Europe"), not after a preposition ("in a
        # letter to Congress, ACLU and ...")
        if tokens[run - 1].casefold() not in _UNIT_BARRIERS - {"by", "with"}:
            named += 1
        break
    return named


_NAME_JOINS = _words("of the for and de van het der la el le du des für")


def _counts(sentence):
    """Reported numbers of signers in one sentence: ``(count, qualifier, unit, type)``."""
    if not _COUNT_CONTEXT.search(sentence):
        return []
    if any(aside in sentence.casefold() for aside in _ASIDES):
        return []
    words = sentence.split()
    cores = [w.strip(_STRIP_CORE).casefold() for w in words]
    found, i = [], 0

    def add(value, qualifier, unit):
        kind = "organisations" if unit in _ORG_UNITS else "individuals"
        found.append((value, qualifier, unit, kind))

    while i < len(words):
        vague = _vague_number(cores, i)
        if vague:
            # "Hundreds of tech workers have signed an open letter": at least 200 signers, only
            # where those counted sign ("hundreds of workers gathered" is no count of signers)
            value, j = vague
            after = _unit_after(cores, words, j)
            before = " ".join(cores[max(0, i - 3) : i])
            if after and (_signs_after(cores, after[1] + 1) or _SIGNED_BY.search(before)):
                if value < 1_000_000 or re.search(r"\bsign", " ".join(cores[i : after[1] + 4])):
                    add(value, "at_least", after[0])
            i = j
            continue
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
        year_like = "," not in words[i] and 1900 <= value <= 2099 and qualifier == "exact"
        money = after in ("million", "billion", "percent", "m", "bn")
        found_unit = None
        if not (money or year_like or value < 2):
            found_unit = _unit_after(cores, words, j)
        unit, resume = (found_unit[0], found_unit[2]) if found_unit else (None, j)
        start = _qualifier_start(cores, i)
        if unit in _PLACE_UNITS and start and cores[start - 1] in _PLACE_BEFORE:
            unit = None  # "protests in 50 cities": where, not who
        if not unit and not (money or year_like or value < 2):
            # "of the close-to 1.5 million signatures the petition attracted, 1,294,188 were
            # legitimate", "with 233,180 people signing, ..., with 145,239 signing the
            # petition": a number with no unit of its own, then a verb of signing or "were
            # valid", counts the unit the sentence named before it
            valid = after in _BE and j + 1 < len(cores) and cores[j + 1] in _VALID
            if valid or _signs_after(cores, j):
                unit = _unit_before(cores, i)
        millions = value >= 1_000_000 and j - i <= 2 and "," not in words[i]
        if millions:
            # "1.3 million people signed": counted only beside a word of signing, or as a tally
            # of signatures, so that "15 million members" is not
            near = " ".join(cores[max(0, i - 3) : j + 4])
            if not (re.search(r"\bsign", near) or unit in _TALLY_UNITS):
                i = j
                continue
            if qualifier == "exact":
                qualifier = "about"  # a figure in millions is rounded
        if unit:
            if qualifier == "exact" and unit in _TALLY_UNITS and value >= 1000:
                if value % 1000 == 0:
                    qualifier = "about"  # "has attracted 7,000 signatures": a rounded tally
            add(value, qualifier, unit)
            if after in _OTHERS and i >= 2 and cores[i - 1] in _LIST_AND:
                # "het Wereld Natuur Fonds, Natuurmonumenten en zestig andere
                # natuurorganisaties": 60 others, 62 in all
                named = _named_before(words, i)
                if named:
                    add(value + named, qualifier, unit)
        i = max(resume, j, i + 1)
    return found
