"""One name: cleaning it, and telling a person from an organisation by its shape.

:func:`clean_name` strips list marks, markup and invisible characters from one candidate;
``_classify`` and ``_classify_shape`` say whether what is left is an organisation, a person
(by shape, a known given name or the probablepeople model) or neither.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from netlib.extract.words import (
    _ARTICLE_ORG_WORDS,
    _BLOCKERS,
    _COMPANY_SUFFIXES,
    _DEGREE_AFTER_DR,
    _HONORIFICS,
    _KEEP_PERIOD,
    _NAME_PARTICLES,
    _NAME_SUFFIXES,
    _NAMELIKE,
    _NOT_NAME,
    _ORG_WORDS,
    _PROFESSOR_RANKS,
    _STRONG_HONORIFICS,
    _TITLE_OR_BODY,
    _TITLE_TRIGGERS,
    _TITLE_WORDS,
    _words,
)
from netlib.resolve.places import is_place
from netlib.text.chars import BIDI_CONTROLS, SOFT_HYPHEN, ZERO_WIDTH
from netlib.vocabulary import words as words_of

__all__ = ["clean_name"]

# ---------------------------------------------------------------------------------------------
# Cleaning one name
# ---------------------------------------------------------------------------------------------

# The invisible characters are the shared table's (netlib.text.chars): zero-width ones and the
# soft hyphen are dropped from a line, bidirectional marks and overrides (U+202E turns "Org"
# into "grO" on screen) from a name as well.
_INVISIBLE = dict.fromkeys(map(ord, ZERO_WIDTH + SOFT_HYPHEN), None)
_BLANK_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH), None)
# Control characters (C0 but the whitespace ones, DEL, C1) separate words in a name.
_CONTROLS = [c for c in range(0x20) if chr(c) not in "\t\n\r\f\v"] + list(range(0x7F, 0xA0))
_TRANSLATE = {
    **_INVISIBLE,
    **dict.fromkeys(map(ord, BIDI_CONTROLS), None),
    **dict.fromkeys(_CONTROLS, " "),
    **{ord(c): " " for c in "\u00a0\u202f\u2007\u2009\u200a\u3000\t\f\v"},
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"},
}


_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_MD_LINK = re.compile(r"\[([^\[\]]{0,500})\]\([^()\s]{0,2000}\)")
_LEADING_MARK = re.compile(
    r"[-*+>•·–—▪◦●‣⁃○■□➢►✓✔]+\s*|\(?\d{1,6}[.)](?=\s|$)\s*|\(\d{1,6}\)\s*|[a-zA-Z]\)(?=\s)\s*"
)
_EDGE_JUNK = " ,;|·•:/\\-–—*†‡_"


_DOTTED = re.compile(r"[A-Za-z](?:\.[A-Za-z]){1,8}")


def _keeps_period(text):
    last = text.rsplit(" ", 1)[-1]
    core = last.rstrip(".").lstrip("\"'(")
    return len(core) == 1 or core.casefold() in _KEEP_PERIOD or bool(_DOTTED.fullmatch(core))


# Markdown emphasis by one underscore at a word's edge (not "snake_case" inside a word)
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_(?=\w)|(?<=[\w.])_(?![\w_])")


_HASHLESS_ENTITY = re.compile(r"&(\d{2,6});")


def clean_name(text):
    """Display cleaning of one entry.

    Strips bullets and numbering, surrounding quotes, markup pasted as text (HTML tags and
    entities, Markdown emphasis and links), NBSP and zero-width characters; turns smart quotes
    into plain ones, collapses whitespace and removes trailing separators and periods that are
    not part of an abbreviation such as "Inc.".

    Parameters
    ----------
    text : str
        One entry (or one line) as found in a document.

    Returns
    -------
    str
        The cleaned name; ``""`` when nothing is left.

    Examples
    --------
    >>> clean_name("  3. <b>Fight&nbsp;for the Future</b>;")
    'Fight for the Future'
    >>> clean_name("• “Starting Over, Inc.”")
    'Starting Over, Inc.'
    >>> clean_name("**[Media Alliance](https://example.org)**.")
    'Media Alliance'
    >>> clean_name("•")
    ''
    >>> clean_name("Skills Development _Monte McNaughton._")
    'Skills Development Monte McNaughton'
    """
    text = str(text).translate(_TRANSLATE)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        if "&#" not in text:
            text = _HASHLESS_ENTITY.sub(r"&#\1;", text)  # "&8211;": "&#8211;" escaped twice
        text = html.unescape(text).translate(_TRANSLATE)
        if "<" in text:  # markup escaped once more ("&lt;b&gt;Name&lt;/b&gt;")
            text = _HTML_TAG.sub(" ", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "")
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub("", text)  # "Development _Monte McNaughton._"
    text = " ".join(text.split())
    for _ in range(4):  # bullets and numbers can be stacked: "- 1. Name"
        match = _LEADING_MARK.match(text)
        if not match or not match.end():
            break
        text = text[match.end() :]
    for _ in range(4):
        before = text
        text = text.strip(_EDGE_JUNK)
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1].strip()
        if text.count('"') == 1:
            text = text.replace('"', "")
        if text.endswith(".") and not _keeps_period(text):
            text = text[:-1]
        if text == before:
            break
    return " ".join(text.split())


def _is_blank(raw):
    return not raw.translate(_BLANK_TABLE).strip()


_KEY_DROP = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=65536)
def _key(name, article=False):
    """Normalised comparison key: casefold, accents, punctuation and a leading "the" removed,
    spaces collapsed ("Justícia Climàtica" and "Justícia Climática" are one name written two
    ways). ``article``: keep a leading "the" (a letter's list may give "The People's Press
    Project" and "People's Press Project" as two lines, two signers as written)."""
    folded = name.casefold()
    if not folded.isascii():
        folded = _strip_accents(folded)
    words = _KEY_DROP.sub("", folded).split()
    if not article and len(words) > 1 and words[0] == "the":
        words = words[1:]  # "The Ontario Universities and Colleges Coalition" is the coalition
    return " ".join(words)


def _norm_tok(token):
    return token.strip(",;:()[]{}\"'!?").casefold().rstrip(".")


_LOGO_PREFIX = re.compile(r"logo\s*(?:[:\-–]|of|for)\s*(.+)", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"(.+)\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|avif)", re.IGNORECASE)
# Searched for, not fullmatched: the lookbehind starts a match only at the first separator of a
# run and the possessive runs never backtrack, so a long run of separators is scanned once.
_LOGO_SUFFIX = re.compile(
    r"(?<![\s_-])[\s_-]++logos?(?:[\s_-]++(?:image|img|icon))?\Z", re.IGNORECASE
)
_SLUG_PART = re.compile(r"[\s_\-]+")
# Sizes, versions and dates in file names ("v2", "300x200", "@2x", "120120", "-9"); a number
# of two or three digits stays, it is part of names ("other-98", "school-21").
_SLUG_NOISE = re.compile(r"v\d+|\d|\d{4,}|\d+x\d*|@?\d+x|\d+px", re.IGNORECASE)
_SLUG_DROP = _words("logo logos img image icon final rgb cmyk transparent web hires lowres png jpg")
# A bare web slug ("tenants-united", "people_power"): lower case, words joined by - or _.
# Unambiguous (the separators are not in the word class), so the match is linear.
_WEB_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


def _logo_name(text):
    """The organisation name behind a logo label, image file name or web slug, else ``None``."""
    match = _LOGO_PREFIX.fullmatch(text)
    if match:
        stem = match.group(1)
    elif _IMAGE_FILE.fullmatch(text):
        stem = _IMAGE_FILE.fullmatch(text).group(1)
    elif " " not in text and ("_" in text or "-" in text) and "logo" in text.casefold():
        stem = text
    elif (suffix := _LOGO_SUFFIX.search(text)) and suffix.start() > 0:
        stem = text[: suffix.start()]
    elif _WEB_SLUG.fullmatch(text) and any(c.isalpha() for c in text):
        stem = text
    else:
        return None
    parts = [p for p in _SLUG_PART.split(stem) if p]
    kept = [p for p in parts if p.casefold() not in _SLUG_DROP and not _SLUG_NOISE.fullmatch(p)]
    return " ".join(p.capitalize() if p.islower() else p for p in kept)


# ---------------------------------------------------------------------------------------------
# Personal names, by shape
# ---------------------------------------------------------------------------------------------


_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.){0,3}")
_ACRONYM = re.compile(r"[A-Z0-9&]{2,12}|(?:[A-Z]\.){2,8}")
_DOMAIN = re.compile(r"\w\.(?:org|com|net|io|us|uk|info|coop|ngo|eu|ca)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _name_token(token):
    """``"word"`` / ``"initial"`` / ``"particle"`` when a token can belong to a personal name."""
    core = token.strip(",;:()[]\"'")
    if _INITIAL.fullmatch(core):
        return "initial"
    if core in _NAME_PARTICLES:
        return "particle"
    bare = core.rstrip(".")
    if len(bare) < 2 or not bare[0].isupper() or not any(c.islower() for c in bare):
        return None
    if not all(c.isalpha() or c in "'-" for c in bare):
        return None
    parts = [p for p in re.split(r"['-]", bare) if p]
    if parts[-1].islower():
        return None
    if any(p.casefold() in _NOT_NAME and p.casefold() not in _NAMELIKE for p in parts):
        return None
    return "word"


_CAPITAL_ARTICLES = frozenset("The Le La Les El Los Las Der Die Das Il Lo Gli Het".split())


def _person_shaped(tokens):
    """2–5 tokens that can all belong to a personal name, with at least two real words."""
    if not 2 <= len(tokens) <= 5:
        return False
    if all(t.isupper() for t in tokens if any(c.isalpha() for c in t)):
        tokens = [t.title() for t in tokens]  # "JANE DOE" in an all-caps list
    kinds = []
    for token in tokens:
        kind = _name_token(token)
        if kind is None:
            return False
        kinds.append(kind)
    if kinds[0] == "particle" or kinds[-1] == "particle":
        return False
    if tokens[0] in _CAPITAL_ARTICLES and not _is_given_name(tokens[1]):
        return False  # "Le Mouton Numérique", "La Première Ligne": an article opens a name
    first = tokens[0].strip(",;:()\"'").casefold()
    if len(first) > 5 and first.endswith("ing"):
        return False  # a gerund heads a slogan, not a name ("Starting Over")
    words = kinds.count("word")
    return words >= 2 or (words == 1 and "initial" in kinds)


_HEAD_SPLIT = re.compile(r",|\s[-–—|]\s|\(|\s/\s")


def _split_head(text):
    match = _HEAD_SPLIT.search(text)
    if not match:
        return text.strip(), ""
    return text[: match.start()].strip(), text[match.start() :].strip(" ,-–—|/")


_PERSONAL_NOTE = re.compile(
    r"identification|affiliations? listed|personal capacity|as an individual|individual capacity",
    re.IGNORECASE,
)


_JOINING_WORDS = _words("of for the and on in at to with against")


_SIGNATURE_POSTS = words_of("signature_posts")
# "Mathieu de fairness.coop", "Anna von Campact": a given name, then where the person is from
_FROM_WORDS = frozenset(("de", "from", "von", "van", "di", "da", "of", "du"))


def _person_from(tokens):
    """A known given name, a word for "from", and a web name or a name: a person, as a
    signature ("Mathieu de fairness.coop")."""
    return (
        len(tokens) == 3
        and _is_given_name(tokens[0])
        and tokens[1] in _FROM_WORDS
        and ("." in tokens[2] or tokens[2][:1].islower())
    )


def _titled_name(head_tokens, tail):
    """ "Name, Title, ..." whose head is 2–5 capitalised words or initials: a personal signature,
    even when one surname is also a word of organisation names ("Maria Justice", "John Q.
    Public"), as long as that word does not open the head."""
    second = _split_head(tail)[0].split()
    # "Professor", "Professorial Lecturer", "Senior Research Fellow": a title in the first
    # three words after the name
    if not second or not any(
        _norm_tok(w) in _TITLE_TRIGGERS or _norm_tok(w) in _SIGNATURE_POSTS for w in second[:3]
    ):
        return False
    if not 2 <= len(head_tokens) <= 5:
        return False
    org_words = 0
    for position, token in enumerate(head_tokens):
        core = token.strip(",;:()[]\"'")
        if _INITIAL.fullmatch(core) or core in _NAME_PARTICLES:
            continue
        bare = core.rstrip(".")
        if not (bare[:1].isupper() and all(c.isalpha() or c in "'-" for c in bare)):
            return False  # digits or lower case: not a name
        if bare.casefold() in _JOINING_WORDS:
            return False  # "Color Of Change": a name of words joined by "of", not a person
        if _norm_tok(bare) in _ORG_WORDS:
            org_words += 1
            if position == 0 or org_words > 1:
                return False  # "Justice Center, Director": an organisation's head
    return True


@lru_cache(maxsize=1)
def _given_names():
    """Given names of many countries (gender-guesser's dictionary of 40,000 first names)."""
    from importlib import resources

    names = set()
    data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    with data.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip().casefold()
            for part in name.replace("+", " ").replace("-", " ").split():
                # "Jörg" is also written "Joerg" and "Jorg", "João" "Joao"
                names.update((part, _strip_accents(part), _transliterate(part)))
    return frozenset(names)


def _strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _transliterate(text):
    return _strip_accents(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))


def _model_says_person(text):
    """probablepeople's label for a name: ``True`` for a person, ``False`` for a company."""
    import probablepeople

    try:
        return probablepeople.tag(text)[1] == "Person"
    except (probablepeople.RepeatedLabelError, ValueError, IndexError):
        return False


def _is_given_name(token):
    core = token.strip(",;:()[]\"'").rstrip(".").casefold()
    names = _given_names()
    if "-" in core and all(part in names for part in core.split("-") if part):
        return True  # "Anna-Maria", "Jean-Pierre"
    return core in names or _strip_accents(core) in names


def _first_word(tokens):
    for token in tokens:
        core = token.strip(",;:()[]\"'")
        if _INITIAL.fullmatch(core) or _norm_tok(core) in _HONORIFICS:
            continue
        return core
    return ""


_TITLE_ENDS = _TITLE_TRIGGERS | _words(
    "administrator associate officer manager codirector co-director adviser advisor analyst "
    "strategist campaigner organiser specialist representative spokesman spokeswoman"
)
_TITLE_MODIFIERS = _TITLE_WORDS | _words(
    "former acting interim legal campaign campaigns oceans plastics regional national state "
    "local global outreach education research communications finance operations"
)


def _is_job_title(tokens):
    """ "Oceans Program Director", "Campaign Manager", "Former EPA Regional Administrator":
    a post under a signer's name, not an organisation."""
    if not 1 <= len(tokens) <= 5:
        return False
    words = [_norm_tok(t) for t in tokens]
    if words[-1] not in _TITLE_ENDS:
        return False
    others = words[:-1]
    unknown = [w for w in others if w not in _TITLE_MODIFIERS]
    return len(unknown) <= 1 and not any(w in _BLOCKERS and w not in ("of", "and") for w in others)


def _two_people(text):
    """Two signatures side by side, read as one line: "Elici Maria Checchin Bueno Rosana
    Grinberg" is two people when the words part into two personal names, the second one
    starting with a known given name and read as a person's by the model, the first with
    a known given name among its first two words. Names with a place, a connector ("de")
    or an organisation's word are never parted."""
    tokens = text.split()
    if not 4 <= len(tokens) <= 9 or any(_norm_tok(t) in _NOT_NAME for t in tokens):
        return False
    if any(not t[:1].isupper() for t in tokens) or any(is_place(t) for t in tokens):
        return False
    for cut in range(2, len(tokens) - 1):
        left, right = tokens[:cut], tokens[cut:]
        if (
            _is_given_name(right[0])
            and any(_is_given_name(t) for t in left[:2])
            and _person_shaped(left)
            and _person_shaped(right)
            and _model_says_person(" ".join(right))
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def _classify(text, person_default):
    """Like :func:`_classify_shape`, with a person-shaped name checked against given names.

    ``"person?"``: person-shaped and labelled a person by probablepeople, but its first word
    is no known given name ("Daily Kos", "Ruha Benjamin"): the block decides.
    """
    kind = _classify_shape(text, person_default)
    if kind in ("organisation", "shape-person") and _two_people(text):
        return "person"
    if kind == "organisation" and (" & " in text or " and " in text) and len(text) < 80:
        parts = re.split(r"\s+(?:&|and)\s+", text)
        if len(parts) == 2 and all(_classify(p, False) == "person" for p in parts):
            return "person"  # "Nathalie Walker & Monique Harden": two people
    if kind != "shape-person":
        return kind
    head_text, tail = _split_head(text)
    head = head_text.split()
    if _PERSONAL_NOTE.search(text) or (tail and _titled_name(head, tail)):
        return "person"  # "Name, in an individual capacity", "Name | Lecturer, University"
    if len(head) >= 3 and any(_INITIAL.fullmatch(t) for t in head[1:-1]):
        return "person"  # a middle initial: "Stiv J. Wilson"
    first = _first_word(head)
    model_person = _model_says_person(" ".join(head))
    if first and _is_given_name(first):
        # a given name heads it; the model vetoes a name it reads as a company's
        # ("Just Futures Law", "Grace Church Collective")
        return "person" if model_person or person_default else "person?"
    if model_person and _surname_first(head):
        return "person?"  # "Abbate Anna" or "Attac France": a list of them is of people
    if person_default:
        return "person"
    return "person?" if model_person else "organisation"


def _named_then_titled(tokens):
    """A known given name and a surname, then nothing but a post ("Cathy Wilson Chief
    Executive", "Jane Doe Director")."""
    if len(tokens) < 3 or not _is_given_name(tokens[0]):
        return False
    for cut in (2, 3):
        if cut < len(tokens) and _person_shaped(tokens[:cut]) and _is_title(tokens[cut:]):
            return True
    return False


_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+")


def _capital_surname_first(tokens):
    """ "BORY Anne", "NAIT ABDELAZIZ Moussa", "MARVIE-NEBUT Mirabelle": a surname in
    capitals, then the given names, as French and Italian lists write them; the first given
    name is a known one. An acronym before a name has the same shape ("ONG Fima", "AJUP
    Roberto Lyra Filho", "EFF Austin"): only a block most of
    whose lines have it is read so (:func:`netlib.extract.entries._capital_people`)."""
    if not 2 <= len(tokens) <= 4:
        return False
    caps = 0
    while caps < len(tokens) and _CAPITAL_WORD.fullmatch(tokens[caps]):
        caps += 1
    rest = tokens[caps:]
    if not caps or not rest or max(len(t) for t in tokens[:caps]) < 3:
        return False
    if not all(t[:1].isupper() and not t.isupper() for t in rest):
        return False
    return _is_given_name(rest[0])


def _classify_shape(text, person_default):
    """``"person"``, ``"organisation"`` or ``"title"`` (a job-title line) for one entry."""
    text = _DEGREE_AFTER_DR.sub(r"\1 ", text)
    tokens = text.split()
    if len(tokens) == 1 and _norm_tok(tokens[0]) in _TITLE_TRIGGERS:
        return "title"  # "President", "Chair" under a signer's name
    if len(tokens) <= 1:
        return "organisation"  # a single token is never taken for a person
    head, tail = _split_head(text)
    htoks = head.split()
    if not htoks:
        return "organisation"
    if not tail and _person_from(htoks):
        return "person"
    if len(htoks) > 2 and _norm_tok(htoks[0]) == "the" and _norm_tok(htoks[1]) in _HONORIFICS:
        htoks = htoks[1:]  # "The Honorable Jim Jordan"
    if len(htoks) > 2 and _norm_tok(htoks[0]) in _PROFESSOR_RANKS:
        if _norm_tok(htoks[1]) in ("professor", "prof"):
            htoks = htoks[1:]  # "Emeritus Professor Joseph A. Camilleri OAM"
    first = _norm_tok(htoks[0])
    rest = htoks[1:]
    if first in _HONORIFICS and rest and any(_name_token(t) == "word" for t in rest):
        if not any(_norm_tok(t) in _ORG_WORDS for t in rest):
            return "person"
        if first in _STRONG_HONORIFICS and _name_token(rest[0]) in ("word", "initial"):
            return "person"  # "The Honorable Ajit Pai, Chairman, Federal Communications ..."
    if first in _STRONG_HONORIFICS and rest and _norm_tok(rest[0]) in _STRONG_HONORIFICS:
        if len(rest) > 1 and _name_token(rest[1]) == "word":
            return "person"  # "Rt. Hon. Amber Rudd"
    named = htoks
    while len(named) > 2 and _norm_tok(named[-1]) in _NAME_SUFFIXES:
        named = named[:-1]  # "Julian Burnside AO QC"
    if named is not htoks and _person_shaped(named):
        return "person"
    if named is not htoks and first in _HONORIFICS and _person_shaped(named[1:]):
        return "person"  # "Professor Joseph A. Camilleri OAM"
    if first in _TITLE_TRIGGERS and len(htoks) <= 5 and not _opens_name(htoks):
        return "title"
    if first in _TITLE_TRIGGERS | _TITLE_OR_BODY and len(htoks) <= 10 and not tail:
        if sum(_norm_tok(t) in _TITLE_TRIGGERS for t in htoks[1:]) == 1:
            return "title"  # two signatures side by side: "Presidente do X Presidente do Y"
    if _is_job_title(htoks):
        return "title"
    if _named_then_titled(htoks):
        return "person"  # "Cathy Wilson Chief Executive / ...": a name, then the post
    if any(t.casefold() in _COMPANY_SUFFIXES for t in htoks[1:]):
        return "organisation"  # "Luna del Sur A.C. Oaxaca": a legal form inside the name
    if _person_shaped(htoks):
        if tail and tail.split()[0].casefold().rstrip(",") in _COMPANY_SUFFIXES:
            return "organisation"
        return "shape-person"
    if _PERSONAL_NOTE.search(text) and _person_shaped(head.split()[:4]):
        return "person"
    if tail and _titled_name(htoks, tail):
        return "person"
    if person_default:
        return "person"
    return "organisation"


def _opens_name(tokens):
    """ "Student Action with Farmworkers", "Student Power Networks": a post's word opens an
    organisation's name when what follows is no post and holds a word of organisations."""
    return (
        len(tokens) >= 2
        and _norm_tok(tokens[1]) not in _TITLE_WORDS
        and any(_norm_tok(t) in _ORG_WORDS for t in tokens[1:])
    )


def _surname_first(head):
    """Two or three name-shaped words ending on a known given name, as an alphabetical list
    of people writes them ("Abbate Anna", "Andreotti Michela")."""
    if not 2 <= len(head) <= 3:
        return False
    last = head[-1].strip(",;")
    if not _is_given_name(last) or _is_given_name(head[0]):
        return False
    # "Clean New York", "Environment America", "Attac France": a place, not a given name
    return not (is_place(last) or is_place(" ".join(head[-2:])))


def _org_shaped(name):
    tokens = name.split()
    if not tokens:
        return False
    if _DOMAIN.search(name):
        return True
    if all(_ACRONYM.fullmatch(t.strip("()")) for t in tokens):
        return True
    for token in tokens:
        parts = re.split(r"[-/]", _norm_tok(token))
        if any(p in _ARTICLE_ORG_WORDS for p in parts):
            return True
    return False


def _is_title(tokens):
    """ "The Vice-Chancellor", "the chief executive": a post, not a name."""
    words = [_norm_tok(t) for t in tokens if _norm_tok(t) not in ("the", "a", "an")]
    parts = [p for w in words for p in w.split("-")]
    return (
        bool(parts)
        and all(p in _TITLE_WORDS or p == "vice" for p in parts)
        and any(p in _TITLE_TRIGGERS or p == "chancellor" for p in parts)
    )
