"""Signatory blocks of coalition letters, and campaign mentions in news articles.

The parser works on decoded lines (:mod:`netlib.io.documents` does the reading): ``lines[0]`` is
line 1 of the file. It decides by the *shape* of the text, never by the document, and it knows
no organisation by name: organisations it should recognise come in as ``known_names``.

Letters
    :func:`parse_letter` finds the signatory block(s) (after a cue such as "Signed," or under a
    heading such as "State and local groups", or the whole document when it is only a list),
    and turns every non-blank line of a block into :class:`Entry` rows or a :class:`Rejection`
    with a reason. Individuals are recognised by shape and kept nameless by default.
Articles
    :func:`parse_article` splits paragraphs into sentences and finds organisations named with a
    campaign role (signatory / organiser / partner), reported signatory counts and the targets
    of a campaign. Personal names never leave it: evidence sentences are redacted.

Every regular expression here is linear on hostile input: no nested quantifiers and no
alternation under a repetition whose branches can match the same text.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from netlib.resolve.places import is_place, split_location
from netlib.vocabulary import entries as entries_of
from netlib.vocabulary import phrases
from netlib.vocabulary import words as words_of

__all__ = [
    "ArticleResult",
    "Entry",
    "KnownNames",
    "LetterResult",
    "Mention",
    "Rejection",
    "ReportedCount",
    "TargetMention",
    "clean_name",
    "parse_article",
    "parse_letter",
    "split_sentences",
]

# ---------------------------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One signatory of a letter.

    Attributes
    ----------
    line : int
        1-based line number in the file.
    raw : str
        The line as in the file (``""`` for a person unless ``keep_personal_names``).
    name : str or None
        Cleaned display name (``None`` for a person unless ``keep_personal_names``).
    kind : str
        ``"organisation"`` or ``"person"``.
    block : int
        0-based index of the signatory block in the document.
    heading : str or None
        The heading the block sits under, e.g. ``"State and local groups"``.
    flags : tuple of str
        ``"from-logo-label"``, ``"split-from-line"``, ``"possible-merge:<known name>"``.
    """

    line: int
    raw: str
    name: str | None
    kind: str
    block: int
    heading: str | None
    flags: tuple[str, ...] = ()
    location: str | None = None
    page: int | None = None
    row: int | None = None


@dataclass(frozen=True)
class Rejection:
    """An input line (or an article's candidate name) not taken, and why."""

    line: int
    raw: str
    reason: str
    page: int | None = None


@dataclass
class LetterResult:
    """What :func:`parse_letter` finds in one letter."""

    entries: list[Entry]
    rejected: list[Rejection]
    blocks: list[tuple[int, int]]
    date: str | None
    date_precision: str | None
    individuals: int = 0
    headings: list[int] = field(default_factory=list)  # lines of cues and headings read


@dataclass(frozen=True)
class Mention:
    """An organisation named in an article with a campaign role.

    ``role`` is ``"signatory"``, ``"organiser"`` or ``"partner"``; ``evidence`` is the sentence
    (personal names redacted); ``cue`` the phrase that gave the role.
    """

    line: int
    name: str
    role: str
    evidence: str
    cue: str


@dataclass(frozen=True)
class ReportedCount:
    """A reported number of signatories ("more than 100 employees")."""

    line: int
    count: int
    qualifier: str
    unit: str
    signatory_type: str
    evidence: str


@dataclass(frozen=True)
class TargetMention:
    """A company or agency a campaign addresses ("urging Microsoft to ...")."""

    line: int
    name: str
    evidence: str


@dataclass
class ArticleResult:
    """What :func:`parse_article` finds in one article."""

    mentions: list[Mention] = field(default_factory=list)
    counts: list[ReportedCount] = field(default_factory=list)
    targets: list[TargetMention] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Vocabulary (generic words only: no organisation is named here)
# ---------------------------------------------------------------------------------------------


def _words(text):
    return frozenset(text.split())


# Nouns and adjectives that make a phrase an organisation, or at least not a personal name.
_ORG_WORDS = _words(
    """
    project projects network networks union unions fellowship coalition coalitions foundation
    foundations center centre centers centres centro institute institutes institution
    institutions alliance alliances committee committees council councils league leagues lives
    justice future privacy action actions fund funds group groups association associations
    society societies campaign campaigns organization organisation organizations organisations
    org inc llc ltd plc corp corporation company companies co cooperative coop collective
    collaborative partnership partners initiative initiatives watch press media news
    university college school schools academy department office agency board bureau commission
    library libraries guild caucus communities community families federation assembly club
    clinic law legal lawyers attorneys advocates advocacy defense defence defenders policy
    progress freedom freedoms democracy peace power united unidos unidas together forward voice
    voices solidarity resistance change chapter mission ministry ministries church churches
    temple synagogue mosque masjid congregation services service trust lab labs rights
    liberties liberty workers tenants youth students voters citizens immigrants immigrant
    refugees refugee women people friends sisters brothers hermanos hermanas familias mujeres
    trabajadores casa raza movement matter matters systems system observatory monitor
    watchdog accountability transparency oversight responsibility reform relief aid support
    equality equity inclusion dignity empowerment development education research studies
    health housing homeless environmental climate earth food labor labour employees business
    businesses investments investors capital ventures consulting solutions holdings
    enterprises global world worldwide party front team circle house home hub space
    organizing organising resources response sanctuary shelter care council's network's
    technology technologies tech digital data internet electronic online public civil human
    national international american americans muslim muslims jewish christian catholic
    islamic interfaith faith black latino latina latinx asian arab indigenous native
    progressive progressives
    """
)

# Words that never occur inside a personal name (articles, prepositions, pronouns, ...).
_BLOCKERS = _words(
    """
    of for the and & on in at to a an as with against without from by our we us your their its
    is are not no all entre por para con und fur für into over under about this that these
    those my me i you it
    """
)

# Common words that head or qualify organisation names but are not personal names.
_COMMON = _words(
    """
    now new free open real fair make end demand fight restore rising start starting stop
    ban save defend protect build act unite one two three first second third
    monday tuesday wednesday thursday friday saturday sunday january february september
    october november december
    city county state states bay area valley north south east west northern southern eastern
    western central san santa los las saint st fort mount lake river island islands coast
    america usa uk nyc dc police patrol enforcement customs immigration border times post
    journal tribune herald army navy court congress senate security homeland
    some many most several last late earlier recently among when while after before if but yet
    however meanwhile other both each every such next his her he she they them said says told
    read recommended government information
    """
)

# Job titles: a line made of these is part of a person's signature, not a signatory.
_TITLE_TRIGGERS = _words(
    """
    professor director executive president founder co-founder cofounder chair chairman
    chairwoman chairperson co-chair ceo cfo coo cto coordinator organizer organiser manager
    lecturer attorney pastor rabbi imam dean chief editor author journalist scientist engineer
    consultant secretary treasurer trustee counsel spokesperson minister chancellor provost
    senator councilmember mayor commissioner researcher fellow student candidate phd
    """
) | words_of("job_titles")
_TITLE_OR_BODY = words_of("job_titles_or_bodies")
_TITLE_WORDS = _TITLE_TRIGGERS | _words(
    """
    vice senior associate assistant deputy general head lead staff board member members
    emeritus emerita adjunct visiting distinguished postdoctoral doctoral officer operating
    managing
    of and the & program policy communications development
    """
)

_NOT_NAME = _ORG_WORDS | _BLOCKERS | _COMMON | _TITLE_WORDS
# Words of organisation names that are also common given names or surnames ("Jane Black",
# "Faith Power"): they do not stop a phrase from being a personal name by themselves.
_NAMELIKE = _words(
    """
    black white green brown power house home church temple law press watch trust mission
    lake river bay hill park field young rich love hope faith grace joy king ford fair
    """
)

_HONORIFICS = _words(
    """
    dr mr mrs ms mx prof professor rev reverend rabbi imam pastor father fr sister hon
    honorable senator sen rep representative councilmember councilwoman councilman mayor judge
    bishop sheikh sir dame president governor gov rt honourable
    """
)
# Honorifics that only ever precede a person's name, whatever follows it.
_STRONG_HONORIFICS = _words("mr mrs ms mx dr hon honorable honourable rt sen rep senator")
_NAME_SUFFIXES = _words("phd ph.d md m.d esq jd j.d mph rn jr sr ii iii iv mba msw lcsw edd ed.d")
_NAME_PARTICLES = _words("de la del van von der den da di du le bin ibn zum zur ter ten dos das")
# German and Austrian degrees after "Dr." ("Dr. med. Anna Beispiel", "Dr. rer. nat. A. B."):
# part of the title, so what follows is read as the name
_DEGREE_AFTER_DR = re.compile(
    r"\A((?:Prof\.?\s+)?Dr\.?)\s+(?:med|rer\.?\s*nat|rer\.?\s*pol|phil|jur|h\.?\s*c|dent|vet)\b\.?,?\s*"
)
_COMPANY_SUFFIXES = _words(
    "inc inc. llc l.l.c. ltd ltd. corp corp. co. plc pbc p.c. gmbh s.a. lp llp"
)
# Periods that belong to the name ("Starting Over, Inc.").
_KEEP_PERIOD = _words(
    "inc ltd co corp jr sr st bros assn assoc dept intl natl no plc ave mt ft ph.d"
    # legal forms abroad: Portuguese crl/lda, Brazilian ltda, German e.V. and gGmbH, ...
    " crl lda ltda e.v ev ggmbh gmbh sarl asbl vzw s.a s.l s.l.u s.r.l srl a.c"
)

# Heading vocabulary ("National organizations", "State and local groups", "International").
_HEADING_NOUNS = _words(
    """
    organizations organisations organization organisation groups signers signatories
    signatory endorsers endorsements supporters partners individuals individual members
    co-signers cosigners businesses companies institutions academics scholars experts
    researchers faculty affiliates chapters allies unions congregations sponsors co-sponsors
    cosponsors
    """
) | words_of("heading_nouns")
_HEADING_SCOPES = _words(
    "national state local regional international statewide nationwide global"
) | words_of("heading_scopes")
_HEADING_WORDS = (
    _HEADING_NOUNS
    | _HEADING_SCOPES
    | _words(
        """
        and & or other additional federal tribal community community-based faith faith-based
        labor religious civil rights environmental u.s. us us-based u.s.-based european
        canadian coalition list of the signed endorsed co-signed cosigned by endorsing supporting
        organizational organisational institutional grassroots allied
        """
    )
    | words_of("heading_connectors")
)
_PERSON_HEADINGS = _words(
    "individuals individual academics scholars experts researchers faculty people employees workers"
)

_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060"
_INVISIBLE = dict.fromkeys(map(ord, _ZERO_WIDTH + "\u00ad"), None)
_BLANK_TABLE = dict.fromkeys(map(ord, _ZERO_WIDTH), None)
# Bidirectional formatting marks and overrides (U+202E turns "Org" into "grO" on screen): a
# name never needs them, so they are removed like zero-width characters.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Control characters (C0 but the whitespace ones, DEL, C1) separate words in a name.
_CONTROLS = [c for c in range(0x20) if chr(c) not in "\t\n\r\f\v"] + list(range(0x7F, 0xA0))
_TRANSLATE = {
    **_INVISIBLE,
    **dict.fromkeys(map(ord, _BIDI), None),
    **dict.fromkeys(_CONTROLS, " "),
    **{ord(c): " " for c in "\u00a0\u202f\u2007\u2009\u200a\u3000\t\f\v"},
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"},
}


# ---------------------------------------------------------------------------------------------
# Cleaning one name
# ---------------------------------------------------------------------------------------------

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
    """
    text = str(text).translate(_TRANSLATE)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text).translate(_TRANSLATE)
        if "<" in text:  # markup escaped once more ("&lt;b&gt;Name&lt;/b&gt;")
            text = _HTML_TAG.sub(" ", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "")
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
def _key(name):
    """Normalised comparison key: casefold, punctuation removed, spaces collapsed."""
    return " ".join(_KEY_DROP.sub("", name.casefold()).split())


def _norm_tok(token):
    return token.strip(",;:()[]{}\"'!?").casefold().rstrip(".")


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


def _titled_name(head_tokens, tail):
    """ "Name, Title, ..." whose head is 2–5 capitalised words or initials: a personal signature,
    even when one surname is also a word of organisation names ("Maria Justice", "John Q.
    Public"), as long as that word does not open the head."""
    second = _split_head(tail)[0].split()
    # "Professor", "Professorial Lecturer", "Senior Research Fellow": a title in the first
    # three words after the name
    if not second or not any(_norm_tok(w) in _TITLE_TRIGGERS for w in second[:3]):
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
    import unicodedata

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
    if len(htoks) > 2 and _norm_tok(htoks[0]) == "the" and _norm_tok(htoks[1]) in _HONORIFICS:
        htoks = htoks[1:]  # "The Honorable Jim Jordan"
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
    if _norm_tok(htoks[-1]) in _NAME_SUFFIXES and _person_shaped(htoks[:-1]):
        return "person"
    if first in _TITLE_TRIGGERS and len(htoks) <= 5:
        return "title"
    if first in _TITLE_TRIGGERS | _TITLE_OR_BODY and len(htoks) <= 10 and not tail:
        if sum(_norm_tok(t) in _TITLE_TRIGGERS for t in htoks[1:]) == 1:
            return "title"  # two signatures side by side: "Presidente do X Presidente do Y"
    if _is_job_title(htoks):
        return "title"
    if _named_then_titled(htoks):
        return "person"  # "Cathy Wilson Chief Executive / ...": a name, then the post
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


# ---------------------------------------------------------------------------------------------
# Known names: word-boundary matching without a regex per name
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _match_tokens(text):
    return _WORD.findall(text.casefold())


class KnownNames:
    """Known organisation names, indexed by their first word for linear scanning.

    A registry keeps one and :meth:`add` s the names it learns, so a build does not re-index
    every known name for every document. The index is the same whatever order names arrive in:
    candidates sharing a first word are kept longest first, then by name, and the smallest
    name wins an exact key.

    Examples
    --------
    >>> known = KnownNames(["Fight for the Future"])
    >>> known.add("Fight for the Future Education Fund")
    >>> known.find(_match_tokens("the fight for the future education fund signs"))
    [(1, 7, 'Fight for the Future Education Fund')]
    >>> known.exact("FIGHT FOR THE FUTURE")
    'Fight for the Future'
    """

    def __init__(self, names=()):
        self.by_first = {}
        self.keys = {}
        self.names = set()
        for name in names:
            self.add(name)

    def add(self, name):
        """Index one more name (a no-op for a name already known or without a word)."""
        name = str(name)
        if name in self.names or not name.strip():
            return
        tokens = tuple(_match_tokens(name))
        if not tokens:
            return
        self.names.add(name)
        bisect.insort(
            self.by_first.setdefault(tokens[0], []),
            (tokens, name),
            key=lambda item: (-len(item[0]), item[1]),
        )
        key = " ".join(tokens)
        if key not in self.keys or name < self.keys[key]:
            self.keys[key] = name

    def __bool__(self):
        return bool(self.keys)

    def find(self, tokens):
        """Non-overlapping longest matches: list of (start, end, display name)."""
        found, i = [], 0
        while i < len(tokens):
            for cand, name in self.by_first.get(tokens[i], ()):
                if tuple(tokens[i : i + len(cand)]) == cand:
                    found.append((i, i + len(cand), name))
                    i += len(cand) - 1
                    break
            i += 1
        return found

    def exact(self, text):
        return self.keys.get(" ".join(_match_tokens(text)))


def _known_index(known_names):
    """``known_names`` as a :class:`KnownNames` index (used as is when it already is one)."""
    return known_names if isinstance(known_names, KnownNames) else KnownNames(known_names)


_DERIVED = _words(
    """
    of for at in de chapter chapters foundation foundations fund action institute local branch
    affiliate office offices
    """
)
_PAREN = re.compile(r"\([^()]{0,300}\)")


def _merge_flags(name, known):
    """``possible-merge:<known>`` flags for a known name plus other words on one line."""
    if not known:
        return ()
    bare = _PAREN.sub(" ", name)
    tokens = _match_tokens(bare)
    if not tokens or known.exact(bare) or known.exact(name):
        return ()
    # where the first content word is and where the last content word and the last
    # "chapter" word are, so that each match is judged in constant time (a line of many
    # known names stays linear)
    content = [i for i, t in enumerate(tokens) if t not in _BLOCKERS]
    first_content = content[0] if content else len(tokens)
    last_content = content[-1] if content else -1
    last_chapter = max(
        (i for i, t in enumerate(tokens) if t in ("chapter", "branch", "affiliate")), default=-1
    )
    flags = []
    for start, end, display in known.find(tokens):
        if last_chapter >= end:
            continue
        merged = first_content < start
        if end < len(tokens) and tokens[end] not in _DERIVED and last_content >= end:
            merged = True
        if merged:
            flags.append(f"possible-merge:{display}")
    return tuple(dict.fromkeys(flags))


# ---------------------------------------------------------------------------------------------
# Letter lines: cues, headings, furniture, prose
# ---------------------------------------------------------------------------------------------


def _phrases(text):
    return frozenset(" ".join(p.split()) for p in text.split("|") if p.strip())


_SALUTATIONS = _phrases(
    """signed | sincerely | sincerely yours | yours sincerely | yours truly | respectfully |
    respectfully submitted | regards | best regards | kind regards | warm regards |
    in solidarity | with gratitude | mit freundlichen grüßen | mit freundlichen grüssen |
    freundliche grüße | cordialement | bien cordialement | atentamente | saludos cordiales |
    cordialmente | met vriendelijke groet | distinti saluti | cordiali saluti |
    com os melhores cumprimentos | atenciosamente"""
)
_CLOSINGS = _SALUTATIONS | _phrases(
    """signed by | endorsed by | co-signed by | cosigned by | supported by | signatories |
    signatory | signers | co-signers | cosigners | endorsements | endorsers | the undersigned |
    undersigned | list of signatories | signatory organizations | signatory organisations |
    organizational signatories | organisational signatories | endorsing organizations |
    endorsing organisations | supporting organizations | supporting organisations |
    signed by the following | individual signatories | individual signers |
    firman | firmamos | assinam | assinamos | unterzeichnen | signent | firmano | ondertekenen"""
)
_MORE_SIGNERS = re.compile(r"(?:other|additional|further|more)\s", re.IGNORECASE)
# "Signed by: A, B", "Other signatories include • A • B": the names run on after the cue
_INLINE_CUE = re.compile(
    r"(?:(?:other|additional|further|more)\s+)?"
    r"(signed by|endorsed by|co-?signed by|supported by|signatories|signers|signed|sincerely|"
    r"in solidarity|respectfully)(?:\s+(?:include|including|are))?\s*[:,\-–•·]\s*(\S.*)",
    re.IGNORECASE,
)
# "Signed by", and in German, Spanish, Portuguese, French, Italian, Dutch
# "Submitted on behalf of the coalition's members:" heads a list as a signing word does
_ON_BEHALF = re.compile(
    r"\bon behalf of\b|\bsubmitted by\b|\bau nom d|\bim namen\b|\ben nombre de\b|\ba nome d",
)
_SIGNING_WORD = re.compile(
    r"sign|endors|undersigned|unterzeichn|unterschrieben|firmad|firmant|assinad|assinam|"
    r"sottoscritt|firmatar|onderteken",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"#{1,6}\s+\S")

_HARD_STOP = re.compile(
    r"(?:b?cc|c\.c\.)\s*:.*|#{3,}|-{2,}\s*(?:end|30)\s*-{2,}|-30-|(?:media |press )?contacts?\s*:.*"
    r"|(?:enclosures?|attachments?)\s*:.*|end of (?:letter|document)"
    # a contact section follows: "For more information, contact ...", in five languages
    r"|for (?:more|further) information\b.*|weitere informationen\b.*|kontakt\s*:.*"
    r"|pour plus d'informations\b.*|para más información\b.*|per maggiori informazioni\b.*",
    re.IGNORECASE,
)
# "cc Hon Erica Stanford, Minister of Education": a copy line written without its colon
# (lower case only: "CC Foundation" may be a name)
_CC_WITHOUT_COLON = re.compile(r"b?cc\.?\s+(?=[A-Z])")
_PAGE = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_URL_ALONE = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
_EMAIL_ALONE = re.compile(r"[^\s@]{1,200}@[^\s@]{1,200}\.\w{2,10}")
_RULE = re.compile(r"[-_=*~.•·]{3,}")
_FOOTER = re.compile(
    r"\(?continued\)?|continued on next page|confidential|printed on recycled paper|\f",
    re.IGNORECASE,
)
_CONNECTORS = _words("of for the and & on in at to de la del y et a an with as")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?$")


_ELISION = re.compile(r"[ldLD]['’]")


def _lower_ratio(words):
    connectors = _CONNECTORS | words_of("function_words")
    content = [_ELISION.sub("", w.strip("()[]\"',.;:*"), count=1) for w in words]
    lows = [w for w in content if w and w[0].islower() and w.casefold() not in connectors]
    return len(lows) / max(1, len(words))


def _is_prose(text):
    """A sentence rather than a name: many lowercase content words, or a short sentence."""
    words = text.split()
    if len(words) < 2:
        return False
    ratio = _lower_ratio(words)
    ends = bool(_SENTENCE_END.search(text)) and not _keeps_period(text)
    if len(words) >= 6 and ratio >= 0.35 and (ends or len(words) >= 10):
        return True
    return ends and ratio >= 0.3 and len(words) <= 5 and words[0][:1].isupper()


_NOTE_START = re.compile(r"(?:and|plus|with|more|list|as of|updated|note)\b")  # lowercase only
_NOTE = re.compile(
    r".*(?:in formation|alphabetical|identification|listed\b|more to come|"
    r"to be (?:added|confirmed)|and (?:many )?others|in order of)",
    re.IGNORECASE,
)


def _is_note(text):
    """A remark inside a list ("(list in formation)", "and many others")."""
    if len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
        return True
    return bool(_NOTE_START.match(text) or _NOTE.match(text))


# "[3] See, e.g., https://...", "12 See Access Now, A Digital Rights Approach": a footnote.
_FOOTNOTE = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\s+(?:see|id|ibid|cf)\b\.?)\s*\S.*", re.IGNORECASE)
_URL_IN = re.compile(r"https?://\S|www\.\S", re.IGNORECASE)


def _is_chrome_line(stripped):
    """A line made only of a web page's links and buttons ("Privacy policy | Contact us")."""
    if len(stripped) > 200:
        return False  # chrome is a few short links; also keeps a huge line linear
    parts = [p for p in _CHROME_SPLIT.split(stripped.casefold()) if p.strip()]
    chrome = _chrome_phrases()
    return bool(parts) and all(" ".join(p.split()) in chrome for p in parts)


@lru_cache(maxsize=1)
def _chrome_phrases():
    return phrases("web_chrome")


_CHROME_SPLIT = re.compile(r"\s*[|·•/]\s*")
_LINK_MARK = "→⇒»▶►➜➔"
_ACTION_TARGET = re.compile(
    r"\b(?:here|below|via|online|now|more|letter|petition|statement|pdf|form|hier|aqu[ií]|ici)\b",
    re.IGNORECASE,
)


def _is_call_to_action(stripped):
    """ "Read the full letter here", "→ Sign the letter via GitHub": a link or a button."""
    words = stripped.split()
    if not words or len(words) > 14:
        return False
    if words[0] in _LINK_MARK:
        return True  # a line opened by an arrow is a link's label
    first = words[0].strip(_LINK_MARK + "*_[(").casefold()
    return first in _action_verbs() and bool(_ACTION_TARGET.search(stripped))


@lru_cache(maxsize=1)
def _action_verbs():
    return words_of("call_to_action")


# "A la sociedad mexicana", "Aux médias", "An die Bundesregierung": whom a letter is to, in
# Spanish, French, Portuguese, German and Italian (a common noun follows, not a name)
_ADDRESSED_TO = re.compile(
    r"(?i:a\s+la|a\s+los|a\s+las|al|aux|à\s+la|à\s+l['’]|ao|aos|às|an\s+die|an\s+den|alla|"
    r"agli|alle)\s+[a-zà-ÿ]"
)

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "In Paris on October 10", "Washington, D.C., March 3, 2019": where and when a letter was
# signed (bounded gaps keep it linear)
_DATELINE = re.compile(
    r"(?:in|at|from)\s+[^\d]{1,40}?,?\s+(?:on\s+)?(?:the\s+)?" + _MONTH_NAMES + r"\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)


# "Appendix B:", "Annex 1 –", "Anexo I": what follows is attached to the letter, not signed
_APPENDIX_REASON = "an appendix follows"
_APPENDIX = re.compile(
    r"(?:appendix|annexe?|anexo|anhang)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b(?:\s*[:.–-].*)?",
    re.IGNORECASE,
)


def _furniture(stripped):
    """``("hard", reason)`` ends a block, ``("soft", reason)`` is rejected inside one."""
    if _APPENDIX.fullmatch(stripped):
        return "hard", _APPENDIX_REASON
    if _HARD_STOP.fullmatch(stripped) or stripped.startswith(("©", "(c) ", "Copyright ")):
        return "hard", "end of list"
    if _CC_WITHOUT_COLON.match(stripped):
        return "soft", "copied to (cc), not a signatory"
    if _is_chrome_line(stripped):
        return "soft", "web page chrome (links and buttons)"
    if _FOOTNOTE.fullmatch(stripped):
        return "soft", "footnote, not a signatory"
    if _is_call_to_action(stripped):
        return "soft", "call to action (a link or button), not a signatory"
    if _DATELINE.match(stripped) and len(stripped.split()) <= 10:
        return "soft", "place and date, not a signatory"
    if _ADDRESSED_TO.match(stripped) and len(stripped.split()) <= 8:
        return "soft", "addressee, not a signatory"

    flat = stripped.strip("-–— ")
    if flat and _PAGE.fullmatch(flat):
        return "soft", "page furniture"
    if _URL_ALONE.fullmatch(stripped) or _EMAIL_ALONE.fullmatch(stripped):
        return "soft", "page furniture"
    if _RULE.fullmatch(stripped) or _FOOTER.fullmatch(stripped):
        return "soft", "page furniture"
    return None


# Sign-on lists group their signers by state or country ("Alabama", "Washington, D.C."): such a
# line heads the names below it, it does not sign. Places, not organisations, so a gazetteer.
_PLACES = frozenset(
    " ".join(re.sub(r"[^a-z]+", " ", place).split())
    for place in """
    alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|
    hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|
    michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|
    new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|
    rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
    west virginia|wisconsin|wyoming|district of columbia|washington dc|washington d.c.|d.c.|
    puerto rico|guam|u.s. virgin islands|american samoa|northern mariana islands|
    new york state|washington state|multi-state|multistate|multiple states|
    alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|
    ontario|prince edward island|quebec|saskatchewan|
    united states|usa|canada|mexico|united kingdom|uk|ireland|germany|france|brazil|india|
    australia|international|outside the united states|outside the us
    """.replace("\n", "").split("|")
)


def _place_key(text):
    """A line folded for the place gazetteer ("Washington, D.C.:" -> "washington d c")."""
    return " ".join(re.sub(r"[^a-z]+", " ", text.casefold()).split())


def _heading(clean, raw_stripped):
    """``(heading text or None, person_default)`` when the line opens a block, else ``None``."""
    low = clean.casefold().strip(" :,.;-–—")
    words = low.replace("/", " ").split()  # "Institutions / Organizations"
    if not words or len(words) > 12:
        return None
    if len(words) <= 4 and _place_key(low) in _PLACES:
        return clean.strip(" :,;"), False
    person_default = bool(set(words) & _PERSON_HEADINGS)
    if low in _CLOSINGS:
        return (None if low in _SALUTATIONS else clean.strip(" :,;")), person_default
    colon = raw_stripped.rstrip("*_ ").endswith(":")
    starts_cue = low.startswith(("signed by", "endorsed by", "co-signed by", "cosigned by"))
    if (colon or starts_cue) and (_SIGNING_WORD.search(low) or _ON_BEHALF.search(low)):
        return clean.strip(" :,;"), person_default
    if len(words) <= 6 and all(w in _HEADING_WORDS for w in words):
        if set(words) & (_HEADING_NOUNS | _HEADING_SCOPES):
            return clean.strip(" :,;"), person_default
    if colon and len(words) <= 8 and set(words) & _HEADING_NOUNS:
        return clean.strip(" :,;"), person_default
    if _MD_HEADING.match(raw_stripped) and len(words) <= 8:
        return clean.strip(" :,;#"), person_default
    return None


# The salutation ends the letter's head (date, addressee): nothing before it signs, and its
# names ("Dear Mr. Nadella and Mr. Smith") never leave the parse.
_SALUTATION = re.compile(
    r"(?:(?:dear|to whom it may concern|hello|greetings|esteemed|sehr geehrte[rn]?|liebe[rn]?|"
    r"geachte|cher|chère|chers|madame|monsieur|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|"
    r"egregi[oa]|gentil[ei])\b|attn\b|attention\s*:|to\s*:)",
    re.IGNORECASE,
)
_ADDRESSEE_CUE = re.compile(r"to\s*:?|attn\.?\s*:?|attention\s*:?", re.IGNORECASE)
_MEMO_HEADER = re.compile(r"(?:from|re|subject|date|memo|memorandum)\s*:", re.IGNORECASE)
# "2105 Rayburn House Office Building", "1 Microsoft Way", "Suite 400": a street address.
_ADDRESS = re.compile(
    r"(?:\d{1,6}[A-Za-z]?\s+[^,]{0,60}?\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
    r"building|bldg|drive|dr|way|lane|ln|plaza|court|ct|place|pl|parkway|pkwy|highway|hwy|"
    r"square|sq|floor|fl|suite|ste)\b\.?(?:,?\s*(?:suite|ste|floor|fl|room|rm|#)\.?\s*\w{1,6})?"
    r"|(?:suite|ste|room|p\.?\s?o\.?\s+box)\s*\.?\s*#?\w{1,8})",
    re.IGNORECASE,
)
# "Redmond, WA 98052", "Washington, D.C. 20515", "Toronto, ON M5V 2T6"
_CITY_ZIP = re.compile(
    r"[A-Z][\w.' -]{0,40},?\s+(?:[A-Z]{2}|D\.\s?C\.)\s+"
    r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
)


# European and Australian addresses: "1049 Brussels", "Rue de la Loi 200", "Canberra ACT 2600"
_EU_ADDRESS = re.compile(
    r"\d{4,5}\s+[A-ZÀ-Ý][\w'-]{1,30}(?:\s+[A-ZÀ-Ý][\w'-]{1,30})?"
    r"|(?:rue|via|calle|avenida|avenue|rua|boulevard|place|piazza|plaza)\s+[^,]{2,40}?\s+\d{1,4}\w?"
    r"|[\w'-]{2,30}(?:stra(?:ss|ß)e|str\.|weg|platz|laan|gasse|straat)\s+\d{1,4}\w?"
    r"|[A-Z][\w'-]{2,30}(?:\s+[A-Z][\w'-]{2,30})?\s+(?:ACT|NSW|VIC|QLD|SA|WA|TAS|NT)\s+\d{4}"
    r"|(?:[A-Z][\w'-]{2,30},?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}",  # "London SW1H 9AJ"
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?:(?:tel|phone|fax|t|f|ph)\.?\s*:?\s*)?\+?\(?\d[\d\s().\\/-]{5,20}\d"
    r"(?:\s*(?:ext|x)\.?\s*\d{1,5})?",
    re.IGNORECASE,
)
_EMAIL_IN = re.compile(r"[^\s@]{1,64}@[^\s@]{1,64}(?:\.|\.\s)\w{2,10}")


@dataclass
class _LineInfo:
    index: int  # 0-based
    kind: str  # blank / cue / hard / soft / prose / item
    clean: str = ""
    reason: str = ""
    heading: str | None = None
    person_default: bool = False
    inline: str | None = None  # names on the cue line itself ("Signed by: A, B")
    date: tuple[str, str] | None = None
    weak: bool = False  # a structural heading: opens a block only above a run of entries
    unit: object = None  # the reader's unit for a record (a table row, a data-file entry)
    raw_marked: bool = False  # the line starts with a bullet or a number
    column_start: bool = False  # a PDF column begins here
    page: int | None = None  # the PDF page
    colon: bool = False  # the line ends with a colon: it may introduce a list


def _inline_cue(clean):
    match = _INLINE_CUE.fullmatch(clean)
    if not match:
        return None
    content = match.group(2).strip()
    if "following" in content.casefold() or content.endswith(":"):
        return None
    return content


_WHITESPACE_RUN = re.compile(r"[ \t]+")


def _mark_columns(raw):
    r"""Mark column gaps with " | " so that the line splits like "A | B".

    Text copied from a table or a two-column PDF puts several names on one line with a tab or
    a run of spaces between them; a name never holds a tab or three spaces in a row. The gap
    after a list marker ("1.<tab>Name") is not a column gap.

    >>> _mark_columns("1.\tFight for the Future\t\tOakland Privacy")
    '1.\tFight for the Future | Oakland Privacy'
    >>> _mark_columns("Media Alliance  Densho")  # two spaces: a typing slip, not a column
    'Media Alliance  Densho'
    """
    if "\t" not in raw and "   " not in raw:
        return raw
    text = raw.strip(" \t")
    start = 0
    for _ in range(4):  # stacked markers: "- 1.<tab>Name"
        marker = _LEADING_MARK.match(text, start)
        if not marker or marker.end() == start:
            break
        start = marker.end()
    body = _WHITESPACE_RUN.sub(
        lambda gap: " | " if "\t" in gap.group() or len(gap.group()) >= 3 else gap.group(),
        text[start:],
    )
    return text[:start] + body


def _analyse_line(index, raw, unit=None):
    hint = unit.kind if unit is not None else "line"
    if hint == "skip" or _is_blank(raw):
        return _LineInfo(index, "blank")
    if hint == "record":
        info = _LineInfo(index, "item", clean=clean_name(raw), unit=unit)
        if not info.clean:
            info.kind, info.reason = "soft", "empty entry"
        return info
    if hint == "header":
        return _LineInfo(index, "cue", clean=clean_name(raw), heading=None, weak=False)
    stripped = raw.translate(_INVISIBLE).strip()
    if _SALUTATION.match(stripped) and len(stripped.split()) <= 20:
        return _LineInfo(index, "salutation", clean=stripped, reason="salutation")
    if _MEMO_HEADER.match(stripped):
        return _LineInfo(index, "hard", reason="memo header")
    clean = clean_name(_mark_columns(raw))
    info = _LineInfo(index, "item", clean=clean, raw_marked=bool(_MARKED.match(stripped + " ")))
    info.column_start = bool(unit is not None and unit.starts_column)
    info.page = unit.page if unit is not None else None
    if _ADDRESS.fullmatch(clean) or _CITY_ZIP.fullmatch(clean) or _EU_ADDRESS.fullmatch(clean):
        info.kind, info.reason = "soft", "postal address, not a signatory"
        return info
    phone = _PHONE.fullmatch(clean) and sum(c.isdigit() for c in clean) >= 9
    if phone or (_EMAIL_IN.search(clean) and len(clean.split()) <= 4):
        info.kind, info.reason = "soft", "contact details, not a signatory"
        return info
    if _URL_IN.search(clean) and len(clean.split()) >= 2:
        # a web address left after markup is cleaned (a link's label stays, its URL goes)
        info.kind, info.reason = "soft", "a reference (a line with a web address), not a signatory"
        return info
    if clean and len(clean.split()) <= 12:
        info.date = _find_date(clean)
        if info.date and len(_DATE_ANY.sub("", clean).split()) <= 2:
            info.kind, info.reason = "soft", "date line, not a signatory"
            return info
    furniture = _furniture(stripped)
    if furniture:
        info.kind, info.reason = furniture
        return info
    inline = _inline_cue(clean) if clean else None
    if inline:
        info.kind, info.inline = "cue", inline
        return info
    heading = _heading(clean, stripped) if clean else None
    if heading:
        info.kind = "cue"
        info.heading, info.person_default = heading
        return info
    flat = " ".join(stripped.split())
    ends_sentence = _SENTENCE_END.search(flat) and not _keeps_period(flat.rstrip("\"')]"))
    if clean and _is_prose(flat) and (hint != "item" or ends_sentence):
        # a list item is prose only when it is a sentence: long names of institutions in
        # French or Spanish have many lower-case words ("Institut français des sciences ...")
        info.kind = "prose"
        info.colon = flat.endswith(":")
        return info
    if hint == "heading" and clean:
        # a heading the markup marks: it opens a block when list entries follow, whatever
        # its words ("Participating Organizations", "Our partners", "Allies")
        words = set(clean.casefold().split())
        info.kind, info.weak = "cue", True
        info.heading = clean.strip(" :,;#")
        info.person_default = bool(words & _PERSON_HEADINGS)
    return info


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I), "mdy"),
    (
        re.compile(
            r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+(\d{4})\b", re.I
        ),
        "dmy",
    ),
    (re.compile(r"\b" + _MONTH + r"\.?,?\s+(\d{4})\b", re.I), "my"),
]
_DATE_ANY = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b" + _MONTH + r"\b\.?|\b\d{1,4}(?:st|nd|rd|th)?\b|[,.]", re.I
)


_YEAR = re.compile(r"\d{4}")


def _find_date(text):
    """``(iso, precision)`` for the first date in a short line, else ``None``."""
    if not _YEAR.search(text):
        return None  # every date form below has a four-digit year
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groups()
            try:
                if order == "ymd":
                    y, m, d = int(groups[0]), int(groups[1]), int(groups[2])
                elif order == "mdy":
                    m, d, y = _MONTHS[groups[0].casefold()], int(groups[1]), int(groups[2])
                elif order == "dmy":
                    d, m, y = int(groups[0]), _MONTHS[groups[1].casefold()], int(groups[2])
                else:
                    m, y, d = _MONTHS[groups[0].casefold()], int(groups[1]), 1
                    if not 1000 <= y <= 2999:
                        continue
                    date(y, m, d)
                    return f"{y:04d}-{m:02d}", "month"
                if not 1000 <= y <= 2999:
                    continue
                return date(y, m, d).isoformat(), "day"
            except (KeyError, ValueError):
                continue
    stripped = text.strip()
    if len(stripped) == 4 and stripped.isdigit() and stripped[:2] in ("19", "20"):
        return stripped, "year"
    return None


# ---------------------------------------------------------------------------------------------
# Letters: blocks
# ---------------------------------------------------------------------------------------------


@dataclass
class _Block:
    heading: str | None
    person_default: bool
    lines: list[int] = field(default_factory=list)  # indices of non-blank lines in the block
    inline: dict[int, str] = field(default_factory=dict)
    notes: list[int] = field(default_factory=list)  # remarks between this block and the last


def _close(block, infos, blocks):
    if block is None:
        return
    while block.lines and infos[block.lines[-1]].kind == "soft":
        block.lines.pop()  # furniture after the last name is not part of the list
    if block.lines:
        blocks.append(block)


def _name_like(info):
    """An entry shaped like a name in a list: short, capitalised, no sentence in it.

    Wrapped lines of prose from a PDF ("Treasury to include a chapter on gender") and
    fragments ("in the budget") are not; a run of these does not make a list.
    """
    if info.unit is not None:
        return True
    text = info.clean
    words = text.split()
    if not words or len(words) > 14 or text.endswith((":", ",")):
        return False
    if _logo_name(text) is not None:
        return True  # "18mr logo", "media-justice": a logo label or a slug names one
    first = words[0].lstrip("\"'([*")
    if first[:1].islower() and len(words) > 1:
        return False  # a line that continues a sentence ("which will now be")
    # lower-case adjectives are common in names of Romance languages ("Institut agronomique,
    # vétérinaire et forestier de France"), rare in a short line of prose
    return _lower_ratio(words) <= (0.5 if len(words) <= 10 else 0.25)


def _run_lengths(infos):
    """For each line, how many name-shaped list entries follow it before prose, a cue, an
    end or a line that is not name-shaped."""
    runs = [0] * (len(infos) + 1)
    for i in range(len(infos) - 1, -1, -1):
        info = infos[i]
        if info.kind in ("blank", "soft"):
            runs[i] = runs[i + 1]
        elif info.kind == "item" and _name_like(info):
            runs[i] = runs[i + 1] + 1
        else:
            runs[i] = 0
    return runs


_MARKED = re.compile(r"\s*(?:[-*+•·–—▪◦●‣⁃○■□➢►✓✔]|\(?\d{1,6}[.)])\s")

#: A run of at least this many name-shaped lines is a list, whatever heads it.
MIN_RUN = 3
#: After the signatures, this many lines of prose (an appendix, a press release) end them.
MAX_PROSE_AFTER_SIGNED = 4
#: At most this many lines between two parts of one list are remarks in it (rejected rows).
MAX_NOTES_BETWEEN = 3


def _list_heading(infos, runs, i):
    """A line that heads the run of marked entries below it ("Participating Organizations"
    above "• ACLU", "• EFF"): unmarked itself, short, and its run all marked."""
    info = infos[i]
    if info.unit is not None or info.raw_marked or runs[i] - 1 < MIN_RUN:
        return False
    if len(info.clean.split()) > 8 or _SENTENCE_END.search(info.clean):
        return False
    following = [j for j in range(i + 1, min(len(infos), i + 8)) if infos[j].kind == "item"][:3]
    return len(following) == 3 and all(infos[j].raw_marked for j in following)


def _previous(infos, info):
    """The index of the last non-blank line before ``info``, or None."""
    return next((i for i in range(info.index - 1, -1, -1) if infos[i].kind != "blank"), None)


def _find_blocks(infos):
    """The signatory blocks: after a cue or a heading, or a run of list entries.

    A cue ("Signed,", "Signatories:", a table's header) opens a block at the next entry. A
    heading the markup marks opens one only above a run of entries. A run of
    :data:`MIN_RUN` or more name-shaped lines opens one wherever it is, except in the letter's
    head (before the salutation: date, addressee), where names are never signatories. Prose,
    a salutation or an end marker ("cc:", "###") closes a block.
    """
    runs = _run_lengths(infos)
    nonblank = [i for i in infos if i.kind != "blank"]
    salutation = next((i.index for i in infos if i.kind == "salutation"), None)
    has_body = salutation is not None and any(i.kind == "prose" for i in infos[salutation + 1 :])
    head_end = salutation if has_body else -1
    if salutation is not None and _ADDRESSEE_CUE.fullmatch(infos[salutation].clean or ""):
        # "TO:" heads a list of addressees: the head runs on to the first prose
        head_end = next((i.index for i in infos[salutation + 1 :] if i.kind == "prose"), len(infos))
    has_cue = any(i.kind == "cue" for i in infos)
    # A letter that says where its signatories are ("Sincerely,", "Signed by:") has its
    # lists there: a run of short lines elsewhere is headings, an address or a bibliography.
    # Before it, a run of short lines is headings, an address or a list of demands; after it,
    # lists run on past a note or a comment, until the prose of an appendix resumes.
    first_signed = next(
        (
            i.index
            for i in infos
            if i.kind == "cue"
            and not i.weak
            and i.unit is None
            and (i.inline or i.heading is None or _SIGNING_WORD.search(i.heading or ""))
            and not _MORE_SIGNERS.match(i.clean or "")  # "Other signatories": a list came first
        ),
        None,
    )
    prose_since = 0  # prose lines since the last block ended
    gap = []  # lines since the last block ended, none of them taken
    page = None
    items = [i for i in nonblank if i.kind == "item"]
    pending = None
    if not has_cue and items and len(items) * 2 >= len(nonblank) and head_end < 0:
        pending = (None, False, False)  # a document that is only a list
    blocks, current = [], None
    section_people = False  # the last heading said "Individuals": its lists are people
    appendix = False
    for info in infos:
        if info.kind == "blank":
            continue
        if info.page != page:
            page, prose_since = info.page, 0  # a page's footnotes do not end the signatures
        if info.column_start and section_people and _classify(info.clean, False) != "person":
            # a new column need not continue the individuals' section the last one ended in
            # (a list of organisations often runs on in the next column): unless it opens
            # with a person's name, its own entries decide, by their shape
            section_people = False
            if current is not None and current.person_default and info.kind == "item":
                _close(current, infos, blocks)
                current = _Block(None, False)
        if info.kind == "cue":
            _close(current, infos, blocks)
            current, gap = None, []
            section_people = info.person_default
            if info.inline is not None:
                current = _Block(None, False, [info.index], {info.index: info.inline})
                pending = None
            else:
                heading = info.heading
                if heading is None and pending is not None and info.weak is False and info.clean:
                    heading = pending[0]  # a table header under a heading keeps the heading
                pending = (heading, info.person_default, info.weak)
            continue
        if info.kind in ("hard", "salutation"):
            section_people = False
        if info.kind == "hard" and info.reason == _APPENDIX_REASON:
            appendix = True  # only a list under its own heading signs after this
        if info.kind in ("hard", "prose", "salutation"):
            _close(current, infos, blocks)
            current, pending = None, None
            prose_since += 1
            gap = [*gap, info.index] if info.kind == "prose" and blocks else []
            continue
        if current is None:
            if info.kind == "soft":
                if gap:
                    gap.append(info.index)
                continue
            if pending is not None and pending[2] and runs[info.index] < 2:
                pending = None  # a section heading above prose or one line: not a list
            if pending is not None and pending[2] and info.index <= head_end:
                pending = None  # the page's title above the addressee: nothing signs there
            if pending is not None and pending[2] and first_signed and info.index < first_signed:
                # "Copy of letter to Prime Minister:" above the addressee, in a letter that
                # says further down where its signatures are ("Signed,")
                pending = None
            if pending is None:
                outside = appendix or (
                    first_signed is not None
                    and (info.index < first_signed or prose_since >= MAX_PROSE_AFTER_SIGNED)
                )
                if info.index <= head_end or runs[info.index] < MIN_RUN or outside:
                    if info.unit is None:
                        gap.append(info.index)
                        continue
                if info.index <= head_end:
                    continue
                if _list_heading(infos, runs, info.index):
                    words = set(info.clean.casefold().split())
                    pending = (
                        info.clean.strip(" :,;"),
                        bool(words & _PERSON_HEADINGS) or section_people,
                        False,
                    )
                    info.kind = "cue"
                    continue
                pending = (None, section_people, False)
            lead_in = _previous(infos, info)
            if (
                pending[0] is None
                and lead_in is not None
                and infos[lead_in].kind == "prose"
                and infos[lead_in].colon
            ):
                # "Among the organisations taking part are:": the sentence that introduces
                # the list is accounted for as a heading line; it names no heading, as it
                # need not say that the list signs ("Here is a list of the contractors:")
                infos[lead_in].kind = "cue"
                gap = [i for i in gap if i != lead_in]
            current = _Block(pending[0], pending[1])
            if blocks and pending[0] is None and 0 < len(gap) <= MAX_NOTES_BETWEEN:
                # a remark between two parts of one list ("<!-- add names below -->",
                # "(affiliations for identification only)"): accounted for, not a signer
                current.notes = gap
            pending = None
        prose_since = 0
        gap = []
        current.lines.append(info.index)
    _close(current, infos, blocks)
    return blocks


# ---------------------------------------------------------------------------------------------
# Letters: entries
# ---------------------------------------------------------------------------------------------

_STRONG_SEP = re.compile(r"\s*[;|·•∙‧]\s*")
_BULLET_SEP = re.compile(r"\s*[;·•∙‧]\s*")  # not "|": a column gap may part a name from its title
_COMMA_SEP = re.compile(r"\s*[,，、]\s*")
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


_SUFFIX_STEMS = frozenset(s.rstrip(".") for s in _COMPANY_SUFFIXES)


def _pieces(text):
    """Split one line on its dominant separator: strong ones (; | ·) first, else commas."""
    if _STRONG_SEP.search(text):
        parts = _STRONG_SEP.split(text)
    else:
        parts = _COMMA_SEP.split(text)
    pieces = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if pieces and part[0] in "aIiLlCcPpGgSs&" and part.casefold().rstrip(".") in _SUFFIX_STEMS:
            pieces[-1] = f"{pieces[-1]}, {part}"  # "Starting Over, Inc." stays one name
            continue
        if pieces and part[0] in "a&uyeo":
            for prefix in ("and ", "& ", "as well as ", "und ", "y ", "et ", "e ", "och "):
                if part.startswith(prefix):
                    part = part[len(prefix) :]
        pieces.append(part)
    return pieces


_LEADING_ARTICLE = re.compile(r"(?:the|die|der|les|los|las|os|as|i|gli|de)\s+", re.IGNORECASE)


def _mostly_places(pieces, share=0.6):
    places = sum(1 for p in pieces if is_place(p, after_place=True))
    return places >= 1 and places >= share * len(pieces)


_CONJUNCTION = re.compile(r"(?:and|und|y|et|e|&)\s+", re.IGNORECASE)


def _expand_chapters(pieces, prefix=None):
    """ "Die Fridays For Future Ortsgruppen Gießen", "Göttingen", "Hannover" → one chapter a
    place: "Fridays For Future Gießen", "Fridays For Future Göttingen", ... when the pieces
    after the first are places and the first ends on one, after a noun for local groups.

    ``prefix`` carries the organisation to the next line of a list wrapped over lines.
    Returns ``(pieces, prefix)``.

    >>> names, prefix = _expand_chapters(["Die Ortsgruppen Gießen", "Göttingen", "Hannover"])
    >>> names, prefix  # no organisation before the noun: nothing to expand
    (['Die Ortsgruppen Gießen', 'Göttingen', 'Hannover'], None)
    >>> names, prefix = _expand_chapters(["Die FFF Ortsgruppen Gießen", "Göttingen", "Hannover"])
    >>> names, prefix
    (['FFF Gießen', 'FFF Göttingen', 'FFF Hannover'], 'FFF')
    """
    if prefix and _mostly_places(pieces, 0.4):
        # the list runs on from the line before (the gazetteer misses small towns)
        return [f"{prefix} {_CONJUNCTION.sub('', p, count=1)}" for p in pieces], prefix
    if len(pieces) < 3 or not _mostly_places(pieces[1:]):
        return pieces, None
    words = pieces[0].split()
    nouns = words_of("chapter_nouns")
    for cut in range(len(words) - 1, 0, -1):
        place = " ".join(words[cut:])
        if not is_place(place, after_place=True):
            continue
        head = words[:cut]
        if head and head[-1].casefold() in nouns:
            head = head[:-1]
        elif len(head) >= 2 and head[-1].casefold() == "in" and head[-2].casefold() in nouns:
            head = head[:-2]  # "The Fridays For Future groups in Gießen"
        else:
            return pieces, None
        if head and _LEADING_ARTICLE.fullmatch(head[0] + " "):
            head = head[1:]
        prefix = " ".join(head)
        if not prefix or not prefix[0].isupper():
            return pieces, None
        return [f"{prefix} {place}", *(f"{prefix} {p}" for p in pieces[1:])], prefix
    return pieces, None


def _is_person_line(text):
    return _classify(text, False) in ("person", "person?")


def _split_mode(block, infos, pieces):
    """One name per line, or several per line: decided from the whole block.

    Several per line when at least half of the block's lines (persons with affiliations
    aside) hold three or more names, or two names in a long line.
    """
    lines = multi = 0
    for i in block.lines:
        if infos[i].kind != "item" or i in block.inline:
            continue
        text = infos[i].clean
        pieces[i] = _pieces(text) if text else []
        n = len(pieces[i])
        if n >= 2 and _is_person_line(text):
            continue  # "Jane Roe, Professor, Example University" is one person
        lines += 1
        if n >= 3 or (n == 2 and len(text.split()) >= 8):
            multi += 1
    return multi >= 1 and multi * 2 >= lines


@lru_cache(maxsize=65536)
def _analyse_piece(piece, person_default, cleaned=False, person_block=False):
    """``(name, kind, flags)`` for one candidate name; cached (long lists repeat themselves).

    ``person_block``: most of the block's entries are people, so a name that may be either
    ("Ruha Benjamin") is taken for a person.
    """
    name = piece if cleaned else clean_name(piece)
    flags = ()
    logo = _logo_name(name) if name else None
    if logo is not None:
        return clean_name(logo), "organisation", ("from-logo-label",)
    if not name or not any(c.isalnum() for c in name):
        return "", "empty", flags
    kind = _classify(name, False)
    if kind == "person?":
        kind = "person" if person_default or person_block else "organisation"
    elif person_block == _SURNAME_FIRST and _classify_shape(name, False) == "shape-person":
        kind = "person"  # "Bettega Gianvittore" among "Abbate Anna", "Agnoletto Remo", ...
    if kind == "person":
        return name, kind, flags
    if _is_note(name):
        return name, "note", flags
    if kind == "organisation" and person_default:
        kind = "person"  # under a heading such as "Individual signers"
    return name, kind, flags


_WITHHELD = "[withheld]"
#: A line longer than this that is split into several names gives each piece as its ``raw``.
_LONG_LINE = 2000


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


# "Regulation is not enough", "We will not stop": a lower-case verb of a sentence; no
# organisation's name has one (titles such as "Black Lives Matter" are capitalised).
_SENTENCE_VERB = re.compile(
    r"\s(?:is|are|was|were|will|must|should|cannot|can't|won't|isn't|aren't|don't|doesn't)\s"
)
_NUMBERISH = re.compile(r"[\d\s.,;:/%$€£+\-–—#()]+")


def _not_a_name(name):
    """A number, a fragment of one, or one or two letters: never an organisation ("10",
    "000", "TO")."""
    if _NUMBERISH.fullmatch(name):
        return True
    letters = sum(c.isalpha() for c in name)
    return letters <= 2 and len(name.split()) == 1


_PEOPLE_JOIN = _words("& and y e und et")
_GLUED = re.compile(r"([A-Z][a-z]{2,})([A-Z].*)")  # "GreenbergNY", "NiazTurning"


def _surname_end(tokens, start):
    """Where a surname of one or two tokens starting at ``start`` ends, each way it can:
    ``[(end, glued_rest)]``, shortest first. A token glued to the next word of the line
    ("NiazTurning Point ...") ends the surname inside it."""
    ends = []
    for k in range(start, min(start + 2, len(tokens))):
        token = tokens[k]
        glued = _GLUED.fullmatch(token)
        if glued and _name_token(glued.group(1)) == "word":
            ends.append((k + 1, glued.group(2)))
            break
        if token.endswith((",", ";", ":")) or _name_token(token) != "word":
            break
        if _norm_tok(token) in _ORG_WORDS:
            break
        ends.append((k + 1, None))
    return ends


def _representative_split(text, loose=False):
    """ "Asim Rehman Muslim Bar Association of New York": ``("Asim Rehman", "Muslim Bar
    Association of New York")``, one or two people (a known given name, a surname) written
    straight before the organisation they sign for; ``None`` for any other line.

    >>> _representative_split("Linda Sarsour Arab American Association of New York")
    ('Linda Sarsour', 'Arab American Association of New York')
    >>> _representative_split("Fahd Ahmed & Monami Maulik DRUM – Desis Rising Up and Moving")
    ('Fahd Ahmed & Monami Maulik', 'DRUM – Desis Rising Up and Moving')
    >>> _representative_split("Naomi Paz GreenbergNY Quarterly Meeting")
    ('Naomi Paz Greenberg', 'NY Quarterly Meeting')

    The shape alone would cut "Ella Baker Center for Human Rights" too: only a block where
    most lines have it is read so (:func:`_representatives`). ``loose``: in such a block, the
    first person needs no known given name ("Abdelhafid Djemil ..."), may open with an
    initial ("P. Adem Carroll ..."), and the organisation needs only to open with a
    capital.
    """
    tokens = text.split()
    i, best = 0, None
    while i < len(tokens):
        j = i
        while j < len(tokens) and (
            _norm_tok(tokens[j]) in _HONORIFICS or _norm_tok(tokens[j]).rstrip("s") in _HONORIFICS
        ):
            j += 1  # "Professors Ramzi Kassem & Amna Akbar"
        if loose and j < len(tokens) and _INITIAL.fullmatch(tokens[j]):
            j += 1
        if j >= len(tokens) - 1 or tokens[j].endswith(","):
            break
        # the first person opens with a known given name; one joined to it ("A & B") may not
        strict = i == 0 and not loose
        if not (_is_given_name(tokens[j]) if strict else _name_token(tokens[j]) == "word"):
            break
        found = None
        for end, glued in _surname_end(tokens, j + 1):
            rest = ([glued] if glued else []) + tokens[end:]
            if rest and rest[0].casefold() in _PEOPLE_JOIN:
                found = (end, None)  # another person follows
                break
            if rest and _org_rest(rest, loose):
                found = (end, glued)
                break
        if found is None:
            break
        end, glued = found
        if end < len(tokens) and tokens[end].casefold() in _PEOPLE_JOIN and not glued:
            i = end + 1
            continue
        best = (end, glued)
        break
    if best is None:
        return None
    end, glued = best
    person = " ".join(tokens[:end])
    if glued:
        person = person[: len(person) - len(glued)]
    rest = " ".join(([glued] if glued else []) + tokens[end:])
    return person.strip(), rest


def _org_rest(tokens, loose=False):
    """The rest of a line, after a person's name, reads as an organisation's name."""
    if not tokens[0][:1].isupper() or (len(tokens) < 2 and not _ACRONYM.fullmatch(tokens[0])):
        return False
    if _GLUED.fullmatch(tokens[0]):
        return False  # "GreenbergNY Quarterly ...": the surname is glued to the name
    rest = " ".join(tokens)
    if loose and len(tokens) >= 2:
        return _classify(rest, False) == "organisation"
    return _org_shaped(rest) or bool(_ACRONYM.fullmatch(tokens[0].strip(",")))


def _representatives(block, infos):
    """``{index: (person, organisation)}`` for a block whose lines give, most of them, the
    person who signs straight before their organisation with no comma between (a table
    copied without its columns); empty for any other block, so that "Ella Baker Center" in
    a plain list keeps its name."""
    found, items = {}, 0
    for i in block.lines:
        if infos[i].kind != "item" or i in block.inline:
            continue
        items += 1
        split = _representative_split(infos[i].clean)
        if split:
            found[i] = split
    if len(found) < 3 or len(found) * 5 < items * 2:
        return _leaders(block, infos, items)
    for i in block.lines:
        if infos[i].kind == "item" and i not in block.inline and i not in found:
            split = _representative_split(infos[i].clean, loose=True)
            if split:
                found[i] = split
    return found


_LEADER_POSTS = words_of("leader_posts")
# the dash between a signer's post and the organisation: "President – NZEI", "Chief
# Executive –Te Rito Maioha", "Chair - Canadian Union of Public Employees (CUPE) - Ontario"
_POST_DASH = re.compile(r"\s[–—-]\s?|\s?[–—]\s")


def _leader_split(text, loose=False):
    """ "Mark Potter, President – NZEI Te Riu Roa": ``("Mark Potter, President", "NZEI Te
    Riu Roa")``, the head of an organisation signing for it: a personal name, a comma and a
    post of vocab/leader_posts.txt, a dash, the organisation (up to a further dash: "- Ontario
    University Sector" says which part of it); ``None`` for any other line.

    >>> _leader_split("Jill Bond, Chief Executive Officer – New Zealand Kindergartens Network")
    ('Jill Bond, Chief Executive Officer', 'New Zealand Kindergartens Network')
    >>> _leader_split("Jane Roe, Professor – Example University") is None
    True
    """
    dash = _POST_DASH.search(text)
    if not dash:
        return None
    person, rest = text[: dash.start()].strip(), text[dash.end() :].strip()
    name, comma, post = person.partition(",")
    if loose and not comma:
        if _classify(person, False) != "person":
            return None  # "Cathy Wilson Chief Executive / Kaiwhakahaere matua"
    elif not comma or not _person_shaped(name.split()):
        return None
    elif not loose and not any(_norm_tok(w) in _LEADER_POSTS for w in re.split(r"[\s/|]+", post)):
        return None
    further = _POST_DASH.search(rest)
    organisation = rest[: further.start()].strip() if further else rest
    if not organisation[:1].isupper() or is_place(organisation):
        return None
    if _classify(organisation, False) not in ("organisation", "person?"):
        return None
    return person, organisation


def _leaders(block, infos, items):
    """``{index: (person, organisation)}`` for a block most of whose lines are signed by the
    head of an organisation (:func:`_leader_split`); empty otherwise."""
    found = {}
    for i in block.lines:
        if infos[i].kind == "item" and i not in block.inline:
            split = _leader_split(infos[i].clean)
            if split:
                found[i] = split
    if len(found) < 3 or len(found) * 2 < items:
        return {}
    for i in block.lines:
        # in such a block a post in another language ("Te Manukura") is a post too
        if infos[i].kind == "item" and i not in block.inline and i not in found:
            split = _leader_split(infos[i].clean, loose=True)
            if split:
                found[i] = split
    return found


_LEADING_NUMBER = re.compile(r"\A(\d{1,5})\s+(?=\S)")
_INLINE_NUMBER = re.compile(r"\s(\d{1,5})([.)]?)\s(?=[^\d\s])")
_LIST_NUMBER = re.compile(r"\s*[-*•]?\s*(\d{1,5})[.)]\s")


def _enumerated(block, infos, raw):
    """``{index: number}`` when the block numbers its lines ("10 AddoDoc", "11 Adroitech",
    "19. Name"): most item lines open with a number one more than the line before's, so
    the number is the list's, not part of a name ("350 Seattle" in a plain list keeps its
    number); empty otherwise."""
    numbers, items = {}, 0
    for i in block.lines:
        if infos[i].kind != "item":
            continue
        items += 1
        match = _LEADING_NUMBER.match(infos[i].clean) or _LIST_NUMBER.match(raw(i))
        if match:
            numbers[i] = int(match.group(1))
    found = list(numbers.values())
    steps = sum(1 for a, b in pairwise(found) if b == a + 1)
    return numbers if items >= 3 and steps * 2 >= items else {}


def _numbered_pieces(text, number, dotted, highest):
    """ "A 20. B" on line 19 of a numbered list: the names the next numbers open (with the
    list's own mark: "Rede 8 de Março" in a list numbered "7." is one name). A list numbered
    with bare integers may be a table read across its columns ("Accrete Globus 56 Byte
    matrix"): any later number of the list opens a name."""
    pieces, start = [], 0
    for match in _INLINE_NUMBER.finditer(text):
        if dotted != bool(match.group(2)):
            continue
        reach = number + 6 if dotted else highest
        if number < int(match.group(1)) <= reach:
            pieces.append(text[start : match.start()])
            start, number = match.end(), int(match.group(1))
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


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


_SURNAME_FIRST = "surname-first"


def _person_block(block, infos):
    """Most entries of the block are people (three or more of them): ``True``, or
    ``"surname-first"`` when they are written surname first. A line or two under a
    person's name ("Dr. Monique Mann" / "Vice-Chancellor's Research Fellow, Faculty of Law,"
    / "Queensland University of Technology") is the person's affiliation, not an entry."""
    people = entries = reversed_names = 0
    since_person = None  # item lines since the last person's name
    for i in block.lines:
        info = infos[i]
        if info.kind != "item":
            continue
        unit = info.unit
        kind = _classify(info.clean, False)
        if (unit is not None and unit.person) or kind == "person":
            people += 1
            entries += 1
            since_person = 0
            continue
        if kind == "person?" and _surname_first(_split_head(info.clean)[0].split()):
            reversed_names += 1
        if since_person is not None and since_person < 2:
            since_person += 1
            continue
        entries += 1
    if reversed_names >= 5 and reversed_names * 5 >= entries * 3:
        return _SURNAME_FIRST  # "Abbate Anna", "Agnoletto Remo", ...: people, surname first
    return people >= 3 and people * 2 >= entries


# A name wrapped over two lines (a PDF column, a narrow page): the first line ends on a word
# that cannot end a name, or the next begins with one that cannot begin it.
_OPEN_END = re.compile(
    r".*(?:\s(?:of|and|for|the|at|on|in|to|de|des|du|la|del|y|et|und|für|van|von)|[&,/–-])",
    re.IGNORECASE,
)
_CONTINUED_START = re.compile(r"(?:of|and|for|the|at|on|in|to|de|des|du|del|et|und)\s\S")


# "... Public Interest" / "Clinic (CIPPIC)": a bracketed acronym at the end of a line
_TRAILING_ACRONYM = re.compile(r"(?P<body>.*)\(\s*(?P<acronym>[A-Z][A-Za-z&]{1,11})\s*\)")


def _initials(words):
    return "".join(w[0].upper() for w in words if w[:1].isalpha() and w[:1].isupper())


def _acronym_spans(here, nxt):
    """The next line's bracketed acronym spells the initials of words on both lines
    ("Samuelson-Glushko Canadian Internet Policy & Public Interest" / "Clinic (CIPPIC)")
    and not of its own words alone: the lines are one name."""
    match = _TRAILING_ACRONYM.fullmatch(nxt)
    if not match:
        return False
    acronym = match["acronym"].replace("&", "").upper()
    own = match["body"].split()
    if _initials(own).endswith(acronym):
        return False
    return (_initials(here.split()) + _initials(own)).endswith(acronym)


def _only_tail_words(text):
    """A line made only of words that end a name ("Services", "Interest Clinic")."""
    tokens = text.casefold().strip(" .,").split()
    return 0 < len(tokens) <= 2 and all(t in words_of("name_tails") for t in tokens)


def _wraps(here, nxt, numbered_wrap):
    open_paren = here.count("(") > here.count(")") and nxt.count(")") > nxt.count("(")
    return bool(
        numbered_wrap
        or _OPEN_END.fullmatch(here)
        or _CONTINUED_START.match(nxt)
        or open_paren
        or _acronym_spans(here, nxt)
        or _only_tail_words(nxt)
    )


def _paired_people(lines, infos):
    """The person lines of a block where each signer stands on a line above their
    organisation ("Liz Hitchcock" / "U.S. Public Interest Research Group"): at least three
    people, two lines in five or more, and no two people on adjacent lines; else empty."""
    people = {i for i in lines if _classify(infos[i].clean, False) in ("person", "person?")}
    if len(people) < 3 or len(people) * 5 < len(lines) * 2:
        return set()
    adjacent = sum(1 for a, b in pairwise(lines) if a in people and b in people)
    return people if adjacent * 10 <= len(people) else set()


def _continuations(block, infos, enumerated=None):
    """Wrapped names in a one-name-a-line block: ``{first: last}`` for the line that starts
    a wrapped name, ``{later: -first - 1}`` for each line that continues it. In a numbered
    list (``enumerated``), a line without its number continues the numbered line above."""
    out = {}
    enumerated = enumerated or {}
    lines = [i for i in block.lines if infos[i].kind == "item" and infos[i].unit is None]
    people = _paired_people(lines, infos)
    k = 0
    while k < len(lines) - 1:
        start = end = lines[k]
        while k < len(lines) - 1 and end - start < 3:
            here, nxt = infos[end].clean, infos[lines[k + 1]].clean
            if lines[k + 1] != end + 1 and infos[end + 1].kind != "blank":
                break
            if people and k > 0 and lines[k - (end - start) - 1] in people:
                # a block of signers each above their organisation: the lines between two
                # people are one organisation's name, wrapped ("U.S. Public Interest" /
                # "Research Group")
                if start not in people and lines[k + 1] not in people and len(nxt.split()) <= 5:
                    k += 1
                    end = lines[k]
                    out[end] = -start - 1
                    continue
            numbered_wrap = (
                start in enumerated
                and lines[k + 1] not in enumerated
                and not infos[lines[k + 1]].raw_marked  # "(3) Lucy Parsons Labs" is an item
                and not infos[lines[k + 1]].column_start
                and not _INLINE_NUMBER.search(nxt)  # "Accrete Globus 56 Byte matrix": items
            )
            if not _wraps(here, nxt, numbered_wrap):
                break
            if nxt.count(" ") > 12 or not nxt or _is_note(nxt):
                break  # "* for identification purposes only" remarks on the list above
            k += 1
            end = lines[k]
            out[end] = -start - 1
        if end != start:
            out[start] = end
        k += 1
    return out


class _LetterBuilder:
    def __init__(self, lines, known, keep_personal_names, units=None):
        self.lines = lines
        self.known = known
        self.keep = keep_personal_names
        self.units = units
        self.entries = []
        self.rejected = []
        self.seen = {}  # key -> first line

    def position(self, index):
        """``(line, page, row)`` of a unit as a person finds it in the file."""
        if self.units is None:
            return index + 1, None, None
        unit = self.units[index]
        return unit.line, unit.page, unit.row

    def reject(self, index, raw, reason):
        line, page, _ = self.position(index)
        if not self.keep and raw != _WITHHELD:
            raw = redact_people(raw)
        self.rejected.append(Rejection(line, raw, reason, page))

    def raw(self, index):
        return self.units[index].raw if self.units is not None else self.lines[index]

    def add(
        self,
        index,
        piece,
        block_no,
        block,
        extra_flags=(),
        cleaned=False,
        people=False,
        raw=None,
        kind=None,
    ):
        """One entry (or rejection) for ``piece`` of line ``index``; ``kind`` when the layout
        has decided it already, ``raw`` when the line as written must not be repeated."""
        raw = raw or self.raw(index)
        line, page, row = self.position(index)
        if extra_flags and len(raw) > _LONG_LINE:
            raw = piece  # a piece of a huge line: repeating the line per piece is quadratic output
        unit = self.units[index] if self.units is not None else None
        name, found_kind, flags = _analyse_piece(piece, block.person_default, cleaned, people)
        kind = kind or found_kind
        if unit is not None and unit.person is not None and kind in ("person", "organisation"):
            kind = "person" if unit.person else "organisation"  # the file's own type column
        if kind == "person" and self.known and self.known.exact(name):
            kind = "organisation"  # the registry knows it as an organisation
        if kind == "empty":
            self.reject(index, raw, "empty entry")
            return
        personal = kind in ("person", "note") and not self.keep
        if kind == "note":
            self.reject(index, _WITHHELD if personal else raw, "note in the list, not a signatory")
            return
        if kind == "title":
            self.reject(index, raw, "job title (part of a personal signature)")
            return
        location = unit.location if unit is not None else None
        if kind == "organisation":
            if _not_a_name(name):
                self.reject(index, raw, "not an organisation's name (a number or a fragment)")
                return
            shouted = name.isupper() and len(name.split()) >= 3
            if (
                name.endswith(("!", "?"))
                or _SENTENCE_VERB.search(name)
                or (shouted and _SENTENCE_VERB.search(f" {name.casefold()} "))
            ):
                # "COMPREHENSIVE LEGISLATION IS ESSENTIAL TO SECURITY": a section title
                self.reject(index, raw, "a sentence, not a name")
                return
            if not (self.known and self.known.exact(name)):
                name, found = split_location(name)
                location = ", ".join(p for p in (found, location) if p) or None
                head, tail = _split_head(name)
                if (
                    head
                    and tail
                    and _classify(tail, False) == "person"
                    and (_classify(head, False) == "organisation")
                ):
                    # "Central Phoenix NOW - Inez Casiano": the organisation and who signed
                    # for it; the person is not part of the name, nor of what is written
                    name, raw = head, redact_people(raw)
                    if not self.keep and _norm_tok(tail.split()[0]) and tail in raw:
                        raw = raw.replace(tail, _WITHHELD)
        # "Internet Society" and "Internet Society – Bulgaria" are two signers: chapters that
        # differ by place are not duplicates (the registry decides whether they are one)
        key = _key(f"{name} {location}" if location else name)
        if key in self.seen:
            shown = _WITHHELD if kind == "person" and not self.keep else raw
            self.reject(index, shown, f"duplicate of line {self.seen[key]}")
            return
        self.seen[key] = line
        flags = flags + tuple(extra_flags)
        if kind == "person":
            kept = (raw, name) if self.keep else ("", None)
            self.entries.append(
                Entry(line, *kept, "person", block_no, block.heading, flags, None, page, row)
            )
            return
        flags = flags + _merge_flags(name, self.known)
        self.entries.append(
            Entry(
                line, raw, name, "organisation", block_no, block.heading, flags, location, page, row
            )
        )

    def add_pieces(self, index, pieces, block_no, block, people):
        """One entry per piece of a line that holds several signatories.

        When one piece is a person's, every piece keeps only its own text as ``raw``: the
        line as written would repeat the person's name beside each organisation."""
        kinds = [_analyse_piece(p, block.person_default, False, people)[1] for p in pieces]
        private = "person" in kinds and not self.keep
        for piece in pieces:
            raw = piece if private else None
            self.add(index, piece, block_no, block, ("split-from-line",), people=people, raw=raw)

    def block(self, block_no, block, infos):
        pieces_of = {}
        split = _split_mode(block, infos, pieces_of)
        people = block.person_default or _person_block(block, infos)
        enumerated = _enumerated(block, infos, self.raw)
        continued = {} if split else _continuations(block, infos, enumerated)
        representatives = {} if split else _representatives(block, infos)
        highest = max(enumerated.values(), default=0)  # once per block: a list may be long
        last_number = 0
        chapter_prefix = None  # "Die Fridays For Future Ortsgruppen A, B," runs on a line
        for index in block.notes:
            reason = infos[index].reason if infos[index].kind == "soft" else ""
            self.reject(
                index, self.raw(index), reason or "a remark inside the list, not a signatory"
            )
        for index in block.lines:
            info = infos[index]
            if info.kind == "soft":
                self.reject(index, self.raw(index), info.reason)
                continue
            if index in continued and continued[index] < 0:
                first = -continued[index] - 1
                line = self.position(first)[0]
                shown = self.raw(index) if not people else _WITHHELD
                self.reject(index, shown, f"continues the name on line {line} (wrapped)")
                continue
            if index in representatives:
                # the person who signs for the organisation: an individual, name withheld
                person, organisation = representatives[index]
                self.add(index, person, block_no, block, kind="person")
                shown = None if self.keep else f"{_WITHHELD} {organisation}"
                self.add(index, organisation, block_no, block, raw=shown, kind="organisation")
                continue
            text = block.inline.get(index, info.clean)
            if enumerated:
                if index in enumerated:
                    text = _LEADING_NUMBER.sub("", text, count=1)
                    last_number = enumerated[index]
                dotted = bool(_LIST_NUMBER.match(self.raw(index)))
                numbered = _numbered_pieces(text, last_number, dotted, highest)
                if len(numbered) >= 2:  # "A 20. B": two numbered names run together
                    self.add_pieces(index, numbered, block_no, block, people)
                    continue
            if index in continued:
                text = " ".join(
                    [text]
                    + [
                        infos[i].clean
                        for i in range(index + 1, continued[index] + 1)
                        if infos[i].kind == "item"
                    ]
                )
                self.add(index, text, block_no, block, people=people)
                continue
            if info.unit is not None:
                # a record names one signatory: its commas are part of the name
                self.add(index, text, block_no, block, cleaned=True, people=people)
                continue
            # a strong separator (; | · or a column gap) splits a line whatever the block's
            # mode: no organisation's name holds one, unlike a comma ("Starting Over, Inc.")
            several = split or index in block.inline or _STRONG_SEP.search(text)
            bulleted = _BULLET_SEP.search(text) is not None
            if several and bulleted and _is_person_line(text):
                # "Jane Roe, author • John Doe, muralist": people in a row, each with a title
                pieces = [p for p in _BULLET_SEP.split(text) if p.strip()]
                self.add_pieces(index, pieces, block_no, block, people)
                continue
            if several and not _is_person_line(text):
                pieces = pieces_of[index] if index in pieces_of else _pieces(text)
                pieces, chapter_prefix = _expand_chapters(pieces, chapter_prefix)
                if len(pieces) >= 2:
                    self.add_pieces(index, pieces, block_no, block, people)
                    continue
                text = pieces[0] if pieces else ""
            self.add(index, text, block_no, block, cleaned=text == info.clean, people=people)


def parse_letter(lines, *, known_names=(), keep_personal_names=False, units=None):
    """Find the signatory block(s) of a letter and turn every line into entries or rejections.

    Parameters
    ----------
    lines : list of str
        The decoded lines, without terminators; ``lines[0]`` is line 1.
    known_names : iterable of str or KnownNames
        Organisation names already in the registry: they are kept as organisations whatever
        their shape, and a line holding one of them plus other words is flagged
        ``possible-merge:<name>``.
    keep_personal_names : bool
        Keep individuals' names (``raw``/``name``); by default they are dropped.
    units : list of netlib.readers.Unit, optional
        The reader's units, one per line of ``lines``: their kinds (heading, list item,
        table row, data record) guide the structure, and entries carry their ``line``, page
        and row.

    Returns
    -------
    LetterResult

    Notes
    -----
    Lines before the first block (date, addressee, salutation, prose) are neither entries nor
    rejections. Within a block every non-blank line becomes at least one entry or rejection.
    Whether a block holds one name per line or several is decided from the whole block.

    A line is taken for a person when its head (before a comma, dash or parenthesis) has the
    shape of a personal name: 2-5 capitalised tokens with no organisation word, article or
    preposition (honorifics such as "Dr." and suffixes such as "PhD" count; a single token
    never does), or when it sits under a heading such as "Individual signers". A known name
    is always an organisation. A block ends at prose, at "cc:", "###" and similar, or at a new
    heading; page numbers, lone URLs and rules inside a block are rejected as furniture.

    Examples
    --------
    >>> r = parse_letter(["June 3, 2020", "Dear CEO,", "Stop it.", "Signed,", "Mijente",
    ...                   "- Oakland Privacy", "Jane Roe", "2", "Oakland Privacy"])
    >>> [(e.line, e.name, e.kind) for e in r.entries]
    [(5, 'Mijente', 'organisation'), (6, 'Oakland Privacy', 'organisation'), (7, None, 'person')]
    >>> [(x.line, x.reason) for x in r.rejected]
    [(8, 'page furniture'), (9, 'duplicate of line 6')]
    >>> r.blocks, r.date, r.date_precision
    ([(5, 9)], '2020-06-03', 'day')
    """
    lines = [str(line) for line in lines]
    if units is not None and len(units) != len(lines):
        raise ValueError("units and lines differ in length")
    known = _known_index(known_names)
    if units is None:
        infos = [_analyse_line(i, raw) for i, raw in enumerate(lines)]
    else:
        infos = [
            _analyse_line(i, raw, unit)
            for i, (raw, unit) in enumerate(zip(lines, units, strict=True))
        ]
    blocks = _find_blocks(infos)
    builder = _LetterBuilder(lines, known, keep_personal_names, units)
    for number, block in enumerate(blocks):
        builder.block(number, block, infos)
    first = blocks[0].lines[0] if blocks else len(infos)
    found = next((i.date for i in infos[:first] if i.date), None)
    return LetterResult(
        entries=builder.entries,
        rejected=sorted(builder.rejected, key=lambda r: (r.page or 0, r.line)),
        blocks=[
            (builder.position((b.notes or b.lines)[0])[0], builder.position(b.lines[-1])[0])
            for b in blocks
        ],
        date=found[0] if found else None,
        date_precision=found[1] if found else None,
        individuals=sum(1 for e in builder.entries if e.kind == "person"),
        headings=[builder.position(i.index)[0] for i in infos if i.kind == "cue"],
    )


# ---------------------------------------------------------------------------------------------
# Articles: sentences and web chrome
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Articles: names in running text
# ---------------------------------------------------------------------------------------------

_ARTICLE_ORG_WORDS = _words(
    """
    project network union unions fellowship coalition foundation center centre institute
    alliance committee council league lives justice future privacy action fund group
    association society campaign organization organisation movement labs lab guild caucus
    collective collaborative partnership initiative watch rights liberties federation press
    university college department agency commission church congregation ministries workers
    union forum school schools hospital museum party club trust cause progress services
    instituto centro coordenação movimento articulação fundación asociación red colectivo
    """
)
_RUN_CONNECTORS = _words("of for the on in at & de la del and a an") | _words(
    "per pour para por dos das da do des du le les el los las der die von zu für di della"
)
_TOKEN = re.compile(r"[^\s–—]+")
# what may wrap a name in running text: brackets, emphasis and straight or curly quotes
_NAME_QUOTES = "\"'()[]{}_*“”‘’«»„"
_POSSESSIVE = re.compile(r"['’]s?$")


def _run_token(token):
    """``"name"`` / ``"connector"`` / ``None`` for a token inside a name in running text."""
    core = token.strip(_NAME_QUOTES)
    if not core:
        return None
    if core.casefold() in _RUN_CONNECTORS:
        return "connector"
    if core[0].isupper() or core[0].isdigit():
        tail = core.rsplit("-", 1)[-1] if "-" in core else ""
        if tail[:1].islower():
            return None  # "Sharpton-founded": a descriptor, not a name
        return "name"
    if _DOMAIN.search(core):
        return "name"
    return None


def _trim_run(tokens):
    # A capitalised "The" inside a sentence belongs to the name ("The Movement for ...").
    while tokens and _run_token(tokens[0]) == "connector" and tokens[0] != "The":
        tokens = tokens[1:]
    while tokens and _run_token(tokens[-1]) == "connector":
        tokens = tokens[:-1]
    return tokens


def _runs(text):
    """Maximal runs of name tokens in ``text`` (inner connectors kept), left to right."""
    runs, current = [], []
    for token in _TOKEN.findall(text):
        bare = token.rstrip(",;:!?")
        if bare.endswith(".") and not _keeps_period(bare):
            bare = bare[:-1]
        possessive = bool(_POSSESSIVE.search(bare)) and len(bare) > 2
        if possessive:
            bare = _POSSESSIVE.sub("", bare)
        kind = _run_token(bare)
        if kind is None:
            if _trim_run(current):
                runs.append(_trim_run(current))
            current = []
            continue
        current.append(bare.strip(_NAME_QUOTES))
        if possessive or token != token.rstrip(",;:!?") or bare != token.rstrip(",;:!?"):
            if _trim_run(current):
                runs.append(_trim_run(current))
            current = []
    if _trim_run(current):
        runs.append(_trim_run(current))
    return runs


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


def _looks_personal(tokens):
    if not tokens:
        return False
    if _norm_tok(tokens[0]) in _HONORIFICS and len(tokens) >= 2:
        return not _org_shaped(" ".join(tokens[1:]))
    return _person_shaped(tokens)


def _strip_person_head(tokens):
    """ "Jane Doe of Example Org" → "Example Org": never keep a person's name in front."""
    for i, token in enumerate(tokens):
        if token.casefold() in ("of", "at") and (
            _looks_personal(tokens[:i]) or _is_title(tokens[:i])
        ):
            return _trim_run(tokens[i + 1 :])
    return tokens


def _is_title(tokens):
    """ "The Vice-Chancellor", "the chief executive": a post, not a name."""
    words = [_norm_tok(t) for t in tokens if _norm_tok(t) not in ("the", "a", "an")]
    parts = [p for w in words for p in w.split("-")]
    return (
        bool(parts)
        and all(p in _TITLE_WORDS or p == "vice" for p in parts)
        and any(p in _TITLE_TRIGGERS or p == "chancellor" for p in parts)
    )


def _best_run(item, known):
    """The organisation-like run of an item; descriptors and people in front are dropped."""
    runs = [_strip_person_head(run) for run in _runs(item)]
    runs = [run for run in runs if run]
    if not runs:
        return None
    for run in reversed(runs):
        text = " ".join(run)
        if known.exact(text) or _org_shaped(text):
            return run
    return runs[-1]


_LIST_STOP = re.compile(r"[;:()\"—]|\s[-–]\s")
# A short aside in brackets inside a list ("the ACLU (American Civil Liberties Union), ...",
# "Vocal-NY (which also signed)") is dropped, so it neither ends the list nor joins a name.
_LIST_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
# "the chief executive of the X", "the Provost of Y": the post's organisation is the item.
_POST_OF = re.compile(
    r"\A(?:the\s+|a\s+)?([\w -]{1,40}?)\s+(?:of|at|for)\s+(?:the\s+)?(?=[A-ZÀ-Ý])"
)
_LIST_SPLIT = re.compile(r",(?!\d{3})\s*|\s+as well as\s+", re.IGNORECASE)
# In a list parted by semicolons a colon may slip in for one ("(MAP): the Peoples Health
# Movement"); brackets are asides, dropped before the stop is looked for
_SEMICOLON_SPLIT = re.compile(r"\s*[;:]\s*")
_SEMICOLON_LIST_STOP = re.compile(r"[()\"—]|\s[-–]\s")
_LIST_END = _words("others other more many etc")


_ACRONYM_PLACE = re.compile(
    r"(\(\s?[A-Z][\w.&-]{1,15}\s?\))\s+(?:of|in)\s+"
    r"((?:the\s+)?[A-Z][\w.\- ]{1,40}?)(?=\s*(?:[;,.]|$))"
)
_ACRONYM_AND = re.compile(r"(?<=\))\s+and\s+(?=[A-Z])")
_AMONG_OTHERS = re.compile(r",?\s+(?:among (?:many )?others|and (?:many )?others|etc)\.?\s*$")


def _drop_place_after_acronym(match):
    place = match.group(2)
    place = place[4:] if place.startswith("the ") else place
    return match.group(1) if is_place(place) else match.group()


def _semicolon_list(segment):
    """ "such as: the ACP Civil Society Forum; Development Alternatives with Women for a New
    Era (DAWN); ...": a list whose items are parted by semicolons (their names may hold
    commas: "African Centre for Trade, Integration and Development")."""
    return segment.lstrip(" :–—-").count(";", 0, _WINDOW) >= 2


def _list_items(segment):
    """Items of a list in running text: "A, B, the X-founded C, and D and others"; "A; B;
    C" when semicolons part them, after a colon or a dash."""
    if _semicolon_list(segment):
        segment = segment.lstrip(" :–—-")[:_LONG_WINDOW]
        # "Pacific Asia Resource Center (PARC) of Japan": a place after the acronym says
        # where, it is not part of the name; "(SOMO) and Both ENDS": two names
        segment = _ACRONYM_PLACE.sub(_drop_place_after_acronym, segment)
        segment = _ACRONYM_AND.sub("; ", segment)
        segment = _LIST_ASIDE.sub("", segment)
        stop = _SEMICOLON_LIST_STOP.search(segment)
        splitter = _SEMICOLON_SPLIT
    else:
        segment = _LIST_ASIDE.sub("", segment[: _WINDOW + 200])
        stop = _LIST_STOP.search(segment)
        splitter = _LIST_SPLIT
    if stop:
        segment = segment[: stop.start()]
    items = []
    for part in splitter.split(segment):
        part = part.strip()
        for prefix in ("and ", "or ", "plus ", "as well as "):
            if part.casefold().startswith(prefix):
                part = part[len(prefix) :].strip()
        if not part:
            continue
        first_word = part.split()[0].casefold().strip(".")
        if first_word in _LIST_END:
            break
        rest = _ARTICLE_WORD.sub("", part, count=1)
        post = _POST_OF.match(rest)
        if post and _is_title(post.group(1).split()):
            rest = part = rest[post.end() :]
        if not (rest[:1].isupper() or rest[:1].isdigit()):
            words = part.split()
            capitalised = [w for w in words if w[:1].isupper()]
            if not capitalised and len(words) <= 4:
                continue  # an apposition: "Aviva, the insurance giant, Microsoft"
            if capitalised and len(words) <= 6 and (words[-1][:1].isupper() or " of " in part):
                items.append(part)  # a descriptor: "law firm Linklaters", "teams of X chapters"
                continue
            break
        items.append(rest if rest is not part and rest[:1].isupper() else part)
    return items


# Articles that open a name in a list: "the", and in Portuguese, Spanish, French, Italian,
# German ("Assinam o documento o ISA, a Articulação dos Povos Indígenas do Brasil ...").
_ARTICLE_WORD = re.compile(
    r"\A(?:the|o|a|os|as|el|la|los|las|le|les|l'|il|lo|gli|die|der|das|den)\s+(?=[A-ZÀ-Ý])"
)


# "and" in English; "e", "y", "et", "und", "i" only before a capitalised word ("Via Campesina e
# Conselho Nacional ...")
_OTHER_ANDS = ("e", "y", "et", "und", "i")
_AND = re.compile(r"\s+(?:and|&|(?:e|y|et|und|i)(?=\s+[A-ZÀ-Ý]))\s+")


def _leading_name(item):
    """An item that opens with a name ends where the name does: "Alliance for a Safe and
    Secure Internet with a plea to the Government" is the alliance."""
    if not item[:1].isupper():
        return item  # "law firm Linklaters": a descriptor first
    tokens = item.split()
    for n, token in enumerate(tokens):
        bare = _POSSESSIVE.sub("", token.rstrip(",;:!?."))
        # "Via Campesina e Conselho ...": a conjunction of another language before a name
        joins = token in _OTHER_ANDS and n + 1 < len(tokens) and tokens[n + 1][:1].isupper()
        if n and _run_token(bare) is None and not joins:
            return " ".join(tokens[:n])
    return item


def _split_and(item, known):
    """Split "A and B" only when both sides are organisations on their own."""
    parts = _AND.split(item)
    if len(parts) < 2:
        return [item]
    runs = [_best_run(part, known) for part in parts]
    if all(run and (known.exact(" ".join(run)) or _org_shaped(" ".join(run))) for run in runs):
        return parts
    if all(runs) and any(
        _ACRONYM.fullmatch(p.strip(" .,;:!?")) or _CAMEL_WORD.fullmatch(p.strip(" .,;:!?"))
        for p in parts
    ):
        return parts  # "CAIR and Greenpeace", "United We Dream and MoveOn": one word of its own
    second = parts[1].strip()
    if (
        runs[0]
        and not _org_shaped(" ".join(runs[0]))
        and not known.exact(" ".join(runs[0]))
        and not second.casefold().startswith("the ")
        and len(second.split()) <= 3
    ):
        return [item]  # "Legal Defense and Education Fund": the noun after "and" ends one name
    head = parts[0].split()
    if len(head) >= 3 and head[-3].casefold() in _RUN_CONNECTORS and head[-2] in ("a", "an", "the"):
        return [item]  # "Alliance for a Safe and Secure Internet": "and" inside the phrase
    if len(head) >= 2 and all(runs):
        return parts  # "Tenants United and Media Justice"
    return [item]  # "Policing and Social Justice Project" is one name


# ---------------------------------------------------------------------------------------------
# Articles: cues
# ---------------------------------------------------------------------------------------------

_SIGNATORY_BY = _words("signed co-signed cosigned endorsed")
_ORGANISER_BY = _words(
    "spearheaded led organized organised launched started coordinated initiated convened "
    "sponsored created drafted authored written"
)


def _role_cues():
    """``{phrase: role}`` from ``vocab/article_role_cues.txt``."""
    from netlib.vocabulary import entries

    cues = {}
    for entry in entries("article_role_cues"):
        phrase, _, role = entry.partition("|")
        cues[" ".join(phrase.split())] = role.strip()
    return cues


ROLE_CUES = _role_cues()
# One alternation of literal phrases, longest first: linear, and a longer cue wins.
_LIST_CUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(ROLE_CUES, key=lambda p: -len(p))
    )
    + r")\b",
    re.IGNORECASE,
)
_CAMPAIGN_CONTEXT = re.compile(
    r"\b(?:campaigns?|coalitions?|letters?|petitions?|pledge|initiative|demands?|urg\w+|"
    r"call(?:s|ed|ing)? on|sign(?:s|ed|ing|atories|atory|ers|ees)?|co-?sign\w*|endors\w*|"
    r"campaigning|alliance|join(?:s|ed|ing)?\s+forces)\b",
    re.IGNORECASE,
)
_ORGANISER_VERB = re.compile(
    r"\b(?:published|publishes|released|releases|sent|sends|delivered|delivers|organi[sz]ed|"
    r"launch|send|deliver|organi[sz]e|circulate|start|file|"
    r"organi[sz]es|launched|launches|circulated|circulates|drafted|drafts|coordinated|"
    r"coordinates|spearheaded|spearheads|started|starts|initiated|initiates|penned|pens|wrote|"
    r"writes|authored|authors|led|leads|filed|files)\b(?!\s+by\b)",
    re.IGNORECASE,
)
_ORGANISER_OBJECT = re.compile(
    r"\b(?:letters?|petitions?|campaigns?|sign-on|pledges?|protests?|initiatives?|coalitions?|"
    r"drives?|efforts?|call|statements?|declarations?|manifestos?)\b",
    re.IGNORECASE,
)
_SIGNER_VERB = re.compile(
    r"\b(?:signed|co-?signed|endorsed|joined)\s+(?:on\s+to\s+|onto\s+)?(?:the|a|an|this|their)\s+"
    r"(?:\w+\s+)?(?:letter|petition|statement|campaign|call)\b",
    re.IGNORECASE,
)
# "A, B and C were among the 13 organisations that ...", "A also signed", "A has signed on".
_AMONG = re.compile(
    r"\b(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w,-]+\s+){0,4}?"
    r"(?:signator(?:y|ies)|signers|co-?signers|endorsers|organi[sz]ations|groups|unions|"
    r"members|supporters|backers)\b",
    re.IGNORECASE,
)
_ALSO_SIGNED = re.compile(
    r"\b(?:also|have|has|had)\s+(?:also\s+)?(?:signed|co-?signed|endorsed|joined)\b"
    r"(?!\s+(?:by|up)\b)",
    re.IGNORECASE,
)
_BY_DESCRIPTOR = re.compile(
    r"\b(?:published|released|launched|started|organi[sz]ed|written|sent|drafted|circulated|"
    r"coordinated|penned)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:group|organi[sz]ation|coalition|nonprofit|non-profit|network|collective|charity)\s+",
    re.IGNORECASE,
)
# The campaign a name stands for: "The Cambridge Must Act campaign", "a campaign called QuitGPT",
# "X reaches 1000 signatures", "X and 30 other organisations": the name is its organiser (or,
# beside a count of organisations, a signatory).
# (lower case: "the Global Encryption Coalition" is a name that ends in the noun)
_CAMPAIGN_NOUN = re.compile(r"(?<=\S)\s+(?:campaign|petition|initiative|coalition|pledge)\b(?!-)")
_CALLED = re.compile(
    r"\b(?:campaign|group|coalition|petition|initiative|movement|alliance|collective|network|"
    r"organi[sz]ation)\s+(?:called|named|dubbed|known\s+as)\s+",
    re.IGNORECASE,
)
_MILESTONE = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:reach(?:es|ed)?|hits?|pass(?:es|ed)|tops|topped|surpass(?:es|ed)|"
    r"cross(?:es|ed))\s+(?:the\s+milestone\s+of\s+)?(?:more\s+than\s+|over\s+)?\d[\d,.]*[km]?\+?\s+"
    r"(?:verified\s+)?(?:signatures|signatories|signers|supporters)\b",
    re.IGNORECASE,
)
_AND_OTHERS = re.compile(
    r"\s+(?:and|along\s+with|with)\s+(?:(?:more\s+than|over|at\s+least|nearly|some|about|around)"
    r"\s+)?\d[\d,]*\+?\s+(?:other\s+|more\s+)?(?:[\w-]+\s+){0,4}?(?:organi[sz]ations|groups)\b",
    re.IGNORECASE,
)
_DEMAND_VERB = re.compile(
    r"\b(?i:demanded|demands|demanding|urged|urges|urging|called on|calls on|calling on|"
    r"called for|calls for|calling for|pressed|presses|pressing)(?i:\s+that)?\s+(?=[A-Z])"
)
_TARGET_CUE = re.compile(
    r"\b(?i:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed|ing)?|"
    r"press(?:es|ed|ing)?|demand(?:s|ed|ing)?(?:\s+that)?|letters?\s+to|petitions?\s+to|"
    r"appeal(?:s|ed)?\s+to|addressed\s+to)\s+(?i:the\s+)?"
    r"(?i:(?:leaders|executives|heads|ceos|bosses|management|leadership)\s+(?:at|of)\s+)?"
    r"(?i:the\s+)?(?=[A-Z])"
)
_SUBJECT_FILLER = _words(
    """
    also has have had is are was were recently jointly publicly today yesterday previously
    earlier now then again formally officially both all will would has
    """
)
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")


_WINDOW = 600  # a list or a subject never runs longer than this (keeps the work linear)
_LONG_WINDOW = 3000  # a list parted by semicolons, one long name after another


def _left(sentence, position):
    """The text just before ``position`` (bounded, so that many cues stay linear)."""
    left = sentence[max(0, position - _WINDOW) : position]
    if position > _WINDOW:
        left = left.split(" ", 1)[-1]  # do not start inside a word
    return left


def _subject(left):
    """The name ending the text before a verb (the verb's subject), or ``None``."""
    tokens = left.split()
    while tokens:
        low = tokens[-1].casefold()
        if low in _SUBJECT_FILLER:
            tokens.pop()
        elif low in _WEEKDAYS and len(tokens) >= 2 and tokens[-2].casefold() == "on":
            del tokens[-2:]
        elif low in ("week", "month", "year") and len(tokens) >= 2:
            if tokens[-2].casefold() in ("this", "last"):
                del tokens[-2:]
            else:
                break
        else:
            break
    if not tokens or tokens[-1][-1] in ",;:\"'":
        return None  # an appositive or a quotation, not a subject
    runs = _runs(" ".join(tokens))
    if not runs:
        return None
    run = runs[-1]
    tail = " ".join(tokens).rstrip(".")
    if not tail.endswith(run[-1].rstrip(".")):
        return None  # the run must touch the verb
    return " ".join(run)


_INCLUDE_CONTEXT = (
    ("organiser", re.compile(r"\borgani[sz]ers\b|\bled by\b|\bspearhead", re.IGNORECASE)),
    ("partner", re.compile(r"partner|\bmembers\b", re.IGNORECASE)),
    ("signatory", re.compile(r"sign|endors|coalition|letter|petition|\bjoin", re.IGNORECASE)),
)


def _include_starts(sentence):
    """Where each kind of context first occurs (for "... include A, B")."""
    starts = {}
    for role, pattern in _INCLUDE_CONTEXT:
        match = pattern.search(sentence)
        if match:
            starts[role] = match.start()
    return starts


# "More than 40 civil rights groups, including A and B, sent a letter": the signers are named
# after a plural noun of organisations; anchored at the end of a short window, so linear.
_GROUP_NOUN_BEFORE = re.compile(
    r"\b(?:groups|organi[sz]ations|coalitions|nonprofits|non-profits|unions|advocates|"
    r"organi[sz]ers|signatories|signers|coalition|union|alliance|ranks|members|backers|"
    r"supporters|endorsers|pushbackers|allies|institutions|schools|universities|colleges|"
    r"charities|churches|networks|"
    r"associations)\W{0,3}(?:,?\s*which\s+|,?\s*that\s+)?\Z",
    re.IGNORECASE,
)


def _cue_role(cue, position, starts, before="", campaign_article=False):
    """The role a list cue gives, from the cue and the words around it in the sentence.

    ``before`` is the text just before the cue: "groups, including A and B, signed a letter"
    names signatories although the signing context comes after the list.
    """
    low = " ".join(cue.casefold().split())
    role = ROLE_CUES.get(low, "partner")
    if role == "context":
        for role, _ in _INCLUDE_CONTEXT:
            if starts.get(role, position) < position:
                return role
        if _GROUP_NOUN_BEFORE.search(before[-60:]) and ("signatory" in starts or campaign_article):
            return "signatory"  # "The union includes A, B", "pushbackers, which include A"
        if before.rstrip().endswith(",") and "signatory" in starts:
            return "signatory"  # "Bosses of groups, including A's director, have signed ..."
        return None
    return role


def _leading_names(text):
    """Names at the start of ``text``: "Amazon, Microsoft, Nextdoor and Google, urges ...".

    Returns the names and the text after the last one.
    """
    names, current = [], []
    tokens = text.split()
    used = 0
    for token in tokens:
        used += 1
        bare = token.rstrip(",;:!?")
        end_punct = token[len(bare) :]
        if bare.endswith(".") and not _keeps_period(bare):
            bare, end_punct = bare[:-1], "." + end_punct
        possessive = bool(_POSSESSIVE.search(bare)) and len(bare) > 2
        if possessive:
            bare = _POSSESSIVE.sub("", bare)
        low = bare.casefold()
        if low == "the" and not current:
            continue
        if low in ("and", "or"):
            if _trim_run(current):
                names.append(_trim_run(current))
            current = []
            continue
        kind = _run_token(bare)
        if kind is None or (kind == "connector" and not current):
            used -= 1
            break
        current.append(bare.strip("\"'()[]{}"))
        if possessive or any(c in end_punct for c in ".;:!?"):
            break
        if "," in end_punct:
            names.append(_trim_run(current))
            current = []
    if _trim_run(current):
        names.append(_trim_run(current))
    return [" ".join(n) for n in names if n], " ".join(tokens[used:])


# ---------------------------------------------------------------------------------------------
# Articles: reported counts
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Articles: keeping personal names out of the evidence
# ---------------------------------------------------------------------------------------------

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
                continue
            gap = sentence[last:start]
            if out and out[-1] == "[person]" and not gap.strip():
                last = end
                continue
            out.extend([gap, "[person]"])
            last = end
        out.append(sentence[last:])
        return "".join(out)


# ---------------------------------------------------------------------------------------------
# Articles: putting it together
# ---------------------------------------------------------------------------------------------

_NOT_ORG = "not recognisably an organisation (withheld)"


_COUNT_NAME = re.compile(r"\d[\d,.]*\+?\s+\w+(?:\s+\w+)?")


def _named_in_role(name):
    """A name after a role cue that can be an organisation's: not a place, not a common word,
    not a lone word of a sentence ("The", "Congress", "Monday")."""
    tokens = name.split()
    if not tokens or len(tokens) > 8:
        return False
    if is_place(name) or all(is_place(p) for p in re.split(r"\s+(?:and|&)\s+", name)):
        return False  # "New Jersey and Connecticut"
    words = [_norm_tok(t) for t in tokens]
    if len(words) == 1 and (words[0] in _PEOPLE_UNITS or words[0] in _ORG_UNITS):
        return False  # "Doctors have written ...", "Mayors"
    if all(w in _COMMON or w in _BLOCKERS or w in _HONORIFICS for w in words):
        return False
    return not (len(tokens) == 1 and len(words[0]) <= 2)


class _ArticleBuilder:
    def __init__(self, sentences, known, keep_personal_names):
        self.known = known
        self.redact = _Redactor(sentences, keep_personal_names)
        # surnames of the people the article names in full ("Marc Benioff" ... "Benioff"):
        # a later "urging Benioff" names a person, not a company
        self.surnames = set()
        for _, sentence in sentences:
            for run in _runs(sentence[:20000]):
                if 2 <= len(run) <= 4 and _classify(" ".join(run), False) == "person":
                    self.surnames.add(run[-1].casefold())

        self.result = ArticleResult()
        self.mentioned = {}  # (key, role) -> first line
        self.named = set()  # keys of names with a role or as targets
        self.targets = set()
        self.unroled = {}  # key -> (line, display name)
        self.pending = []  # (kind, name, fields) found in the current sentence
        self.campaign = False  # the article reports on a letter or campaign
        self.campaign_names = []  # (line, sentence, name, cue): organisers if none other
        self.withheld = set()  # (line, key) of the names rejected as not an organisation's

    def personal(self, name):
        """A name that is, or holds, a person's: "Georgia Toffolo and Hugo Taylor", "CEO Marc
        Benioff", or the surname of someone the article named."""
        parts = [p for p in re.split(r"\s+(?:and|&)\s+|,\s*", name) if p]
        if any(_classify(p, False) == "person" for p in parts):
            return True
        tokens = name.split()
        if any(_norm_tok(t) in _TITLE_TRIGGERS for t in tokens):
            return True
        return len(tokens) == 1 and tokens[0].casefold() in self.surnames

    def candidate(self, line, sentence, item, role, cue, among_organisations=False, whole=False):
        """Keep ``item`` as a mention with ``role``, or reject it with a reason.

        ``among_organisations``: the item stands in a list of organisations, so a name that is
        only shaped like a person's ("Daily Kos", "Common Cause": no given name of the
        dictionary) is taken as one of them, as in a letter's list. ``whole``: the item is
        one name from its first capital on, not a phrase to find a name in.
        """
        if whole and item[:1].isupper() and len(item.split()) <= 20:
            run = item.split()
        else:
            run = _best_run(item, self.known)
        if not run:
            return
        name = clean_name(" ".join(run))
        known = self.known.exact(name)
        if not name or _not_a_name(name) or _COUNT_NAME.fullmatch(name):
            return  # "560+", "1.3", "85 Groups": a number read as a name
        kind = _classify(name, False)
        shaped_only = among_organisations and kind == "person?"
        if not known and (
            (_looks_personal(run) and kind != "organisation" and not shaped_only)
            or kind not in ("organisation", "person?")
            or self.personal(name)
        ):
            self.withhold(line, name)
            return
        if not known and not _org_shaped(name) and not _named_in_role(name):
            # a name the registry does not know, with no word of an organisation's: kept when
            # the cue names signers or organisers ("joined by Greenpeace and MoveOn"), unless
            # it is a common word, a place or a month
            self.withhold(line, name)
            return
        key = _key(name)
        self.named.add(key)
        if (key, role) in self.mentioned:
            return
        self.mentioned[(key, role)] = line
        self.pending.append(("mention", name, (line, name, role, cue)))

    def list_cues(self, line, sentence):
        matches = list(_LIST_CUE.finditer(sentence))
        context = bool(_CAMPAIGN_CONTEXT.search(sentence))
        starts = _include_starts(sentence) if matches else {}
        listed_until = 0  # the end of a semicolon list: cue words inside it are its names'
        for n, match in enumerate(matches):
            if match.start() < listed_until:
                continue
            cue = " ".join(match.group().casefold().split())
            role = _cue_role(
                cue, match.start(), starts, sentence[: match.start()][-60:], self.campaign
            )
            signing = ROLE_CUES.get(cue) == "signatory"
            # "pushbackers, which include A, B": a plural of groups in an article about a
            # campaign needs no campaign word in its own sentence
            grouped = self.campaign and _GROUP_NOUN_BEFORE.search(sentence[: match.start()][-60:])
            if role is None or not (context or signing or grouped):
                continue
            if ROLE_CUES.get(cue) == "context" and sentence[: match.start()].rstrip()[-1:] == ",":
                if cue == "like":
                    continue  # "Such companies, like ICE, should not exist": a comparison
            end = matches[n + 1].start() if n + 1 < len(matches) else len(sentence)
            if _semicolon_list(sentence[match.end() : end]):
                # each item between semicolons is one name, "and", "with" and all ("Latin
                # American Network for Economic and Social Justice", "Development
                # Alternatives with Women for a New Era"), whatever cue words it holds
                end = min(len(sentence), match.end() + _LONG_WINDOW)
                listed_until = end
                items = _list_items(sentence[match.end() : end])
                parts = [_AMONG_OTHERS.sub("", item).rstrip(" .") for item in items]
                self.candidates(line, sentence, parts, role, cue, whole=True)
                continue
            end = min(end, match.end() + _WINDOW)
            parts = [
                part
                for item in _list_items(sentence[match.end() : end])
                for part in _split_and(_leading_name(item), self.known)
            ]
            self.candidates(line, sentence, parts, role, cue)

    def embedded_list(self, lines, known):
        """The signatories of a list the article prints in full ("Unterzeichnende:", a
        numbered list after "signed by the following organisations:"), read as a letter's
        block is; a block of fewer than three organisations is left to the sentences."""
        letter = parse_letter(lines, known_names=known)
        # only a list under its own heading, or after a line about signing ("As organizações
        # abaixo assinadas,"): an article's title, dateline and byline read as names too
        signed, first_line = set(), {}
        for entry in letter.entries:
            first_line.setdefault(entry.block, entry.line)
        for block, line in first_line.items():
            before = next((lines[i] for i in range(line - 2, -1, -1) if lines[i].strip()), "")
            before = before.strip()
            # a short line that leads into the list, not a sentence that mentions signing
            leads_in = before[-1:] in ":," and len(before.split()) <= 15
            if leads_in and _SIGNING_WORD.search(before):
                signed.add(block)
        by_block = {}
        for entry in letter.entries:
            if entry.kind == "organisation" and (entry.heading or entry.block in signed):
                by_block.setdefault(entry.block, []).append(entry)
        for entries in by_block.values():
            if len(entries) < 3:
                continue
            for entry in entries:
                key = _key(entry.name)
                self.named.add(key)
                if (key, "signatory") in self.mentioned:
                    continue
                self.mentioned[(key, "signatory")] = entry.line
                heading = entry.heading or "a list of signatories"
                self.result.mentions.append(
                    Mention(
                        entry.line, entry.name, "signatory", entry.raw, f"listed under {heading}"
                    )
                )

    def withhold(self, line, name):
        """One rejection per name and line, however many cues found it."""
        if (line, _key(name)) not in self.withheld:
            self.withheld.add((line, _key(name)))
            self.result.rejected.append(Rejection(line, _WITHHELD, _NOT_ORG))

    def candidates(self, line, sentence, parts, role, cue, whole=False):
        """The items of one list: with two or more plain organisations among them, a name only
        shaped like a person's is one more organisation. ``whole``: each item is one name
        as it stands (a list parted by semicolons)."""
        plain = sum(1 for part in parts if _classify(part, False) == "organisation")
        for part in parts:
            others = plain - (_classify(part, False) == "organisation")
            self.candidate(
                line, sentence, part, role, cue, among_organisations=others >= 2, whole=whole
            )

    def descriptor_cues(self, line, sentence):
        """ "published yesterday by digital rights advocacy group Fight for the Future":
        a verb of organising, then by, a descriptor of an organisation, and its name."""
        for match in _BY_DESCRIPTOR.finditer(sentence):
            names = _runs(sentence[match.end() : match.end() + 120])
            if names:
                self.candidate(line, sentence, " ".join(names[0]), "organiser", "… by a group")

    def subject_cues(self, line, sentence):
        for match in _ORGANISER_VERB.finditer(sentence):
            window = sentence[match.end() : match.end() + 80]
            found = _ORGANISER_OBJECT.search(window)
            subject = _subject(_left(sentence, match.start())) if found else None
            if found and subject:
                cue = f"{match.group().casefold()} … {found.group().casefold()}"
                self.candidate(line, sentence, subject, "organiser", cue)
        for match in _DEMAND_VERB.finditer(sentence):
            subject = _subject(_left(sentence, match.start()))
            if subject:
                self.candidate(
                    line, sentence, subject, "organiser", match.group().strip().casefold()
                )
        for match in _SIGNER_VERB.finditer(sentence):
            subject = _subject(_left(sentence, match.start()))
            if subject:
                for part in _split_and(subject, self.known):
                    self.candidate(line, sentence, part, "signatory", match.group().casefold())
        for pattern in (_AMONG, _ALSO_SIGNED):
            for match in pattern.finditer(sentence):
                left = _left(sentence, match.start()).rstrip()
                cue = " ".join(match.group().casefold().split())
                # the names before the verb: a list ("A, B and C were among ...") or one
                items = _list_items(left[max(0, left.rfind(". ") + 2) :]) if ", " in left else []
                if not items:
                    subject = _subject(left)
                    items = [subject] if subject else []
                parts = [part for item in items for part in _split_and(item, self.known)]
                self.candidates(line, sentence, parts, "signatory", cue)

    def campaign_name_cues(self, line, sentence):
        """The name of a campaign or its organiser where the sentence names the campaign.

        A campaign's own name ("the Tech Is Not Neutral campaign, which is spearheaded by
        Kairos Fellowship") stands for its organiser only in an article that names no other:
        those are kept aside until the end (:meth:`finish`).
        """
        for match in _CAMPAIGN_NOUN.finditer(sentence):
            run = self.touching_run(sentence, match.start())
            # one plain word ("the Trump campaign") is a person's or a place's, not a campaign
            if run and (len(run) >= 2 or _CAMEL.search(run[0]) or _ACRONYM.fullmatch(run[0])):
                self.campaign_names.append((line, sentence, " ".join(run), "the … campaign"))
        for match in _CALLED.finditer(sentence):
            runs = _runs(sentence[match.end() : match.end() + 120])
            after = sentence[match.end() :].lstrip(_NAME_QUOTES)
            if runs and after.startswith(runs[0][0]):
                self.campaign_names.append((line, sentence, " ".join(runs[0]), "… called"))
        for match in _MILESTONE.finditer(sentence):
            run = self.touching_run(sentence, match.start())
            if run:
                self.candidate(line, sentence, " ".join(run), "organiser", "reaches … signatures")
        if _CAMPAIGN_CONTEXT.search(sentence):
            for match in _AND_OTHERS.finditer(sentence):
                run = self.touching_run(sentence, match.start())
                if run:
                    self.candidate(line, sentence, " ".join(run), "signatory", "… and N others")

    @staticmethod
    def touching_run(sentence, position):
        """The run of name tokens that ends right at ``position`` (no article in front)."""
        left = _left(sentence, position)
        runs = _runs(left)
        if not runs or not left.rstrip().rstrip(_NAME_QUOTES).endswith(runs[-1][-1]):
            return None
        run = runs[-1]
        if run[-1].casefold() in ("a", "an", "the"):
            return None  # "NEW YORK (AP) — A coalition": the article opens the noun phrase
        while run and run[0].casefold() in ("a", "an", "the", "title", "description"):
            run = run[1:]
        while len(run) > 1 and is_place(run[-1]):
            run = run[:-1]  # "the Stop Killing Games EU petition"
        return run or None

    def target_cues(self, line, sentence):
        for match in _TARGET_CUE.finditer(sentence):
            names, rest = _leading_names(sentence[match.end() : match.end() + _WINDOW])
            if " for" in match.group().casefold() and not rest.casefold().startswith("to "):
                continue  # "call for X to ...": X is addressed; "call for the X mayor's ..." not
            for name in names:
                name = clean_name(name)
                if not name:
                    continue
                if (_looks_personal(name.split()) or self.personal(name)) and not self.known.exact(
                    name
                ):
                    self.result.rejected.append(
                        Rejection(line, _WITHHELD, "target looks like a personal name (withheld)")
                    )
                    continue
                key = _key(name)
                self.named.add(key)
                if key in self.targets:
                    continue
                self.targets.add(key)
                self.pending.append(("target", name, (line, name)))

    def count_cues(self, line, sentence):
        for value, qualifier, unit, kind in _counts(sentence):
            self.pending.append(("count", None, (line, value, qualifier, unit, kind)))

    def known_without_role(self, line, sentence):
        if not self.known:
            return []
        found = [name for _, _, name in self.known.find(_match_tokens(sentence))]
        for name in found:
            self.unroled.setdefault(_key(name), (line, name))
        return found

    def flush(self, sentence, known_here):
        """Attach the (redacted) sentence to everything found in it."""
        if not self.pending:
            return
        protect = [name for _, name, _ in self.pending if name] + known_here
        evidence = self.redact(sentence, protect=protect)
        for kind, _, args in self.pending:
            if kind == "mention":
                self.result.mentions.append(Mention(*args[:3], evidence, args[3]))
            elif kind == "target":
                self.result.targets.append(TargetMention(*args, evidence))
            else:
                self.result.counts.append(ReportedCount(*args, evidence))
        self.pending = []

    def finish(self):
        if not any(m.role == "organiser" for m in self.result.mentions):
            for line, sentence, name, cue in self.campaign_names:
                self.candidate(line, sentence, name, "organiser", cue)
                self.flush(sentence, [])
            self.result.mentions.sort(key=lambda m: m.line)
        for key, (line, name) in sorted(self.unroled.items(), key=lambda kv: kv[1]):
            if key not in self.named:
                self.result.rejected.append(Rejection(line, name, "named without a campaign role"))
        self.result.rejected.sort(key=lambda r: r.line)
        return self.result


def _organises(sentence):
    """ "... sent letters to ...", "... launched a campaign": a sentence about organising."""
    return any(
        _ORGANISER_OBJECT.search(sentence[m.end() : m.end() + 80])
        for m in _ORGANISER_VERB.finditer(sentence)
    )


def parse_article(lines, *, known_names=(), keep_personal_names=False):
    """Organisations with a campaign role, reported counts and targets in a news article.

    Parameters
    ----------
    lines : list of str
        The decoded lines (an article's paragraph is one line); ``lines[0]`` is line 1.
    known_names : iterable of str or KnownNames
        Organisation names already in the registry: accepted as organisations whatever their
        shape; found without a campaign-role cue they are reported as rejections.
    keep_personal_names : bool
        Leave personal names in the evidence sentences (they are redacted by default). People
        are never emitted as mentions or targets either way.

    Returns
    -------
    ArticleResult

    Notes
    -----
    A reported count is kept only for signer units (groups, organisations, employees,
    workers, people, signatures, members, ...) in a sentence about signing, a petition, urging,
    calling on or demanding; a number without digits or number words ("thousands",
    "dozens") is not a count, and nor are money, percentages or years.

    Examples
    --------
    >>> r = parse_article(["Some 250 workers signed a letter urging Acme to stop.",
    ...                    "The letter was organized by Example Network and Jane Doe."])
    >>> [(c.count, c.qualifier, c.signatory_type) for c in r.counts]
    [(250, 'about', 'individuals')]
    >>> [(m.name, m.role) for m in r.mentions], [t.name for t in r.targets]
    ([('Example Network', 'organiser')], ['Acme'])
    >>> [(x.raw, x.reason) for x in r.rejected]
    [('[withheld]', 'not recognisably an organisation (withheld)')]
    """
    lines = [str(line) for line in lines]
    known = _known_index(known_names)
    chrome = {n for n, line in enumerate(lines, start=1) if _is_chrome(line)}
    sentences = [(n, s) for n, s in split_sentences(lines) if n not in chrome]
    builder = _ArticleBuilder(sentences, known, keep_personal_names)
    # the article reports on a letter or campaign: "the union includes A, B" names signers
    builder.campaign = any(
        (_CAMPAIGN_CONTEXT.search(s) and _SIGNING_WORD.search(s)) or _organises(s)
        for _, s in sentences
    )
    builder.embedded_list(lines, known)
    for line, sentence in sentences:
        builder.list_cues(line, sentence)
        builder.descriptor_cues(line, sentence)
        builder.campaign_name_cues(line, sentence)
        builder.subject_cues(line, sentence)
        builder.target_cues(line, sentence)
        builder.count_cues(line, sentence)
        builder.flush(sentence, builder.known_without_role(line, sentence))
    return builder.finish()
