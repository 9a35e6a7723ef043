"""Letters: one line of a block into names (pieces, chapters, representatives, people, wraps)."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from netlib.extract.lines import _is_note
from netlib.extract.names import (
    _ACRONYM,
    _INITIAL,
    _capital_surname_first,
    _classify,
    _classify_shape,
    _is_given_name,
    _logo_name,
    _name_token,
    _norm_tok,
    _org_shaped,
    _person_shaped,
    _split_head,
    _surname_first,
    clean_name,
)
from netlib.extract.words import (
    _COMPANY_SUFFIXES,
    _HONORIFICS,
    _NAME_SUFFIXES,
    _ORG_WORDS,
    _words,
)
from netlib.resolve.places import is_place
from netlib.vocabulary import words as words_of

__all__ = []  # private to the parser: its sibling modules import what they need

# A middle dot between two letters is a letter of Catalan ("Rebel·lió"), not a separator
_STRONG_SEP = re.compile(r"\s*(?:[;|•∙‧]|(?<!\w)·|·(?!\w))\s*")
# not "|": a column gap may part a name from its title
_BULLET_SEP = re.compile(r"\s*(?:[;•∙‧]|(?<!\w)·|·(?!\w))\s*")
_COMMA_SEP = re.compile(r"\s*[,，、]\s*")


def _outside_brackets(text):
    """Split on the commas that stand outside brackets: "Center for Pan Asian Community
    Services (Atlanta, GA)" is one name with its place.

    >>> _outside_brackets("Media Alliance (Oakland, CA), Densho, EFF")
    ['Media Alliance (Oakland, CA)', 'Densho', 'EFF']
    """
    if "(" not in text and "[" not in text:
        return _COMMA_SEP.split(text)
    parts, start, depth = [], 0, 0
    for match in _BRACKET_OR_COMMA.finditer(text):
        mark = match.group()
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


_BRACKET_OR_COMMA = re.compile(r"[()\[\]]|\s*[,，、]\s*")
_SUFFIX_STEMS = frozenset(s.rstrip(".") for s in _COMPANY_SUFFIXES)


# "Movimentos Sociais: MST, ASSESSOAR, MPA": a group's label, then the names in it
_GROUP_LABEL = re.compile(r"(?P<label>[^:;,()]{2,40}):\s+(?P<names>\S.*)")


def _labelled_groups(parts):
    """Parts of a ";" list that are labelled groups of names ("Universidades: Unioeste,
    Unicentro") give the names, the label dropped; other parts stay as they are."""
    groups = [_GROUP_LABEL.fullmatch(part.strip()) for part in parts]
    groups = [
        g if g and len(g["label"].split()) <= 4 and g["label"][:1].isupper() else None
        for g in groups
    ]
    if not any(groups):
        return parts
    out = []
    for part, group in zip(parts, groups, strict=True):
        # among labelled groups, a part without its label is a group too ("...; UFPR, UEPG")
        out.extend(_outside_brackets(group["names"] if group else part))
    return out


def _pieces(text):
    """Split one line on its dominant separator: strong ones (; | ·) first, else commas. In
    a ";" list, a part that labels a group ("Movimento Sindical: A, B") gives its names."""
    if _STRONG_SEP.search(text):
        parts = _STRONG_SEP.split(text)
        if ":" in text:
            parts = _labelled_groups(parts)
    else:
        parts = _outside_brackets(text)
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


#: A line of at least this many capitalised names between commas lists signatories, even in
#: a block of one name a line ("BUND Göttingen, Extinction Rebellion Göttingen, ...").
MIN_COMMA_RUN = 5


def _comma_run(text):
    """The line is a run of names between commas (outside brackets), each capitalised and
    short: :data:`MIN_COMMA_RUN` or more of them."""
    if _STRONG_SEP.search(text) or text.count(",") + 1 < MIN_COMMA_RUN:
        return False
    pieces = _pieces(text)
    return len(pieces) >= MIN_COMMA_RUN and all(
        p[:1].isupper() and len(p.split()) <= 8 and sum(c.isalpha() for c in p) >= 3 for p in pieces
    )


_FIGURE = re.compile(r"[\d\s.,;:/%$€£+\-–—#()]*\d[\d\s.,;:/%$€£+\-–—#()]*")


def _figures_table(block, infos):
    """The block is a table of figures read line by line ("1st year (25%)", "1,400,000",
    "787,500", "Total"): three or more lines are bare numbers, a third of its lines at least,
    and two lines in three hold a digit (a list's own numbers aside)."""
    items = [infos[i].clean for i in block.lines if infos[i].kind == "item"]
    bare = sum(1 for text in items if _FIGURE.fullmatch(text))
    digits = sum(1 for text in items if any(c.isdigit() for c in _LEADING_NUMBER.sub("", text)))
    return bare >= 3 and bare * 3 >= len(items) and digits * 3 >= len(items) * 2


# the parts of a name an abbreviation takes letters from: words, and the words inside a
# camel-cased one ("NaturFreunde" -> "Natur", "Freunde")
_NAME_PART = re.compile(r"[A-ZÀ-Þ]+(?=[A-ZÀ-Þ][a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+|\d+")
#: An abbreviation is a single short token: at most this many characters.
MAX_ABBREVIATION = 8
_DIGIT_WORDS = str.maketrans({"4": "f", "2": "t", "0": "z"})


def _abbreviates(short, name):
    """``short`` is made of the beginnings of ``name``'s parts, in order, the first part's
    first ("XR" Extinction Rebellion, "NFGö" NaturFreunde Göttingen, "P4F" Parents for
    Future, "Bund" BUND Göttingen).

    >>> _abbreviates("GöiW", "Göttingen im Wandel"), _abbreviates("XR", "Greenpeace")
    (True, False)
    """
    # a digit stands for the word it sounds like: "P4F" Parents for Future, "Gö0" GöttingenZero
    letters = short.casefold().translate(_DIGIT_WORDS)
    if not letters or len(letters) > MAX_ABBREVIATION or " " in letters:
        return False
    parts = [p.casefold() for p in _NAME_PART.findall(name)][:40]
    if not parts or parts[0][:1] != letters[:1]:
        return False
    # reachable[i]: the letters before i are made of parts before the current one
    reachable = {0}
    for part in parts:
        found = set(reachable)
        for i in reachable:
            for size in range(1, min(len(part), len(letters) - i) + 1):
                if letters[i : i + size] != part[:size]:
                    break
                found.add(i + size)
        if part is parts[0]:
            found.discard(0)  # the first letter comes from the first part
        reachable = found
        if len(letters) in reachable:
            return True
    return False


def _is_person_line(text):
    return _classify(text, False) in ("person", "person?")


_CAPITAL_HEAD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*\s[A-ZÀ-Þ][a-zß-ÿ]")


def _capital_people(block, infos):
    """The lines of a block that are people written "SURNAME Firstname, post, institution",
    when at least three and half of the block's lines are so; else empty. Each is one
    person with an affiliation: its commas part no signatories."""
    items = [i for i in block.lines if infos[i].kind == "item" and i not in block.inline]
    found = {i for i in items if _capital_surname_first(_split_head(infos[i].clean)[0].split())}
    if len(found) < 3 or len(found) * 2 < len(items):
        return set()
    # in such a block any "CAPITALS Name" head is one more ("RANGEL VICENTE Montserrat")
    return found | {i for i in items if _CAPITAL_HEAD.match(infos[i].clean)}


def _place_tail(pieces):
    """How many of a line's last pieces are where its one signer is ("CATAPA vzw", "Ghent",
    "Belgium"): a country or region last, and a city before it."""
    if len(pieces) < 2 or not is_place(pieces[-1]):
        return 0
    tail = 1
    if len(pieces) > 2 and is_place(pieces[-2], after_place=True):
        tail = 2
    return tail


def _split_mode(block, infos, pieces, people=frozenset()):
    """One name per line, or several per line: decided from the whole block.

    Several per line when at least half of the block's lines (persons with affiliations
    aside) hold three or more names, or two names in a long line.
    """
    lines = multi = 0
    for i in block.lines:
        if infos[i].kind != "item" or i in block.inline or i in people:
            continue
        text = infos[i].clean
        pieces[i] = _pieces(text) if text else []
        n = len(pieces[i]) - _place_tail(pieces[i])  # "Attac Austria, Vienna, Austria": one
        if n >= 2 and _is_person_line(text):
            continue  # "Jane Roe, Professor, Example University" is one person
        lines += 1
        if n >= 3 or (n == 2 and len(text.split()) >= 8):
            multi += 1
    return multi >= 1 and multi * 2 >= lines


def _surname_then_given(name):
    """ "Dal Grande Christian", "Ferretti Grace": words of a surname, then a known given name
    that is also a word of organisations' names (so the name has no person's shape)."""
    tokens = name.split()
    return (
        2 <= len(tokens) <= 4
        and _is_given_name(tokens[-1])
        and _name_token(tokens[0]) == "word"
        and all(_name_token(t) in ("word", "particle") for t in tokens[1:-1])
    )


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
    elif person_block == _SURNAME_FIRST and (
        _classify_shape(name, False) == "shape-person" or _surname_then_given(name)
    ):
        kind = "person"  # "Bettega Gianvittore" among "Abbate Anna", "Agnoletto Remo", ...
    if kind == "person":
        return name, kind, flags
    if _is_note(name):
        return name, "note", flags
    if kind == "organisation" and person_default:
        kind = "person"  # under a heading such as "Individual signers"
    return name, kind, flags


#: A line longer than this that is split into several names gives each piece as its ``raw``.
_LONG_LINE = 2000


# "Regulation is not enough", "We will not stop": a lower-case verb of a sentence; no
# organisation's name has one (titles such as "Black Lives Matter" are capitalised).
_SENTENCE_VERB = re.compile(
    r"\s(?:is|are|was|were|will|must|should|cannot|can't|won't|isn't|aren't|don't|doesn't)\s"
)
_NUMBERISH = re.compile(r"[\d\s.,;:/%$€£+\-–—#()]+")
_MIXED_NAME = re.compile(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{3,8}")
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|km|kg|mm|cm|ml|m|g|s|h|x|k|b|e|er|ème|º|ª)", re.IGNORECASE
)


def _not_a_name(name):
    """A number, a fragment of one, or one or two letters: never an organisation ("10",
    "000", "TO").

    >>> _not_a_name("000"), _not_a_name("TO"), _not_a_name("2nd"), _not_a_name("18MR")
    (True, True, True, False)
    """
    if _NUMBERISH.fullmatch(name):
        return True
    letters = sum(c.isalpha() for c in name)
    if letters <= 2 and len(name.split()) == 1:
        # "18MR", "P4F": letters and digits mixed make a short name (not "2nd", "5pm")
        return not (_MIXED_NAME.fullmatch(name) and not _NUMBER_WITH_UNIT.fullmatch(name))
    return False


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
    if _norm_tok(tokens[0]) in _NAME_SUFFIXES:
        return False  # "Julian Burnside AO QC": honours after the name, no organisation
    rest = " ".join(tokens)
    if loose and len(tokens) >= 2:
        return _classify(rest, False) == "organisation"
    return _org_shaped(rest) or bool(_ACRONYM.fullmatch(tokens[0].strip(",")))


def _representatives(block, infos):
    """``{index: (person, organisation)}`` for a block whose lines give, most of them, the
    person who signs straight before their organisation with no comma between (a table
    copied without its columns), or else the head of each organisation with their post
    (:func:`_leaders`); empty for any other block, so that "Ella Baker Center" in a plain
    list keeps its name."""
    return _block_splits(block, infos, _representative_split, Fraction(2, 5)) or _leaders(
        block, infos
    )


def _block_splits(block, infos, split, share):
    """``{index: split(line)}`` when at least three of the block's lines, and ``share`` of
    them, split strictly; a loose second pass (``split(text, loose=True)``) then takes the
    block's other lines. Empty otherwise: a shape one line has proves nothing."""
    items = [i for i in block.lines if infos[i].kind == "item" and i not in block.inline]
    found = {}
    for i in items:
        parts = split(infos[i].clean)
        if parts:
            found[i] = parts
    if len(found) < 3 or len(found) < share * len(items):
        return {}
    for i in items:
        if i not in found:
            parts = split(infos[i].clean, loose=True)
            if parts:
                found[i] = parts
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


def _leaders(block, infos):
    """``{index: (person, organisation)}`` for a block half of whose lines are signed by the
    head of an organisation (:func:`_leader_split`); in such a block a post in another
    language ("Te Manukura") is a post too. Empty otherwise."""
    return _block_splits(block, infos, _leader_split, Fraction(1, 2))


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


def _among_people(block, infos):
    """The lines of a block that may be a person or an organisation ("Naval Ravikant") and
    stand between two people: in a list of people, one more. Empty in a block where each
    signer stands above their organisation (:func:`_paired_people`): there the line between
    two people is the organisation."""
    items = [i for i in block.lines if infos[i].kind == "item" and i not in block.inline]
    if _paired_people(items, infos):
        return set()
    kinds = [_classify(infos[i].clean, False) for i in items]
    return {
        items[k]
        for k in range(1, len(items) - 1)
        if kinds[k - 1] == kinds[k + 1] == "person"
        and (
            kinds[k] == "person?"
            # "İlksen Dincer Bas, End Ecocide Türkiye, Türkiye" among people with their
            # affiliations: a name of a person's shape that no dictionary knows
            or (
                kinds[k] == "organisation"
                and _classify_shape(_split_head(infos[items[k]].clean)[0], False) == "shape-person"
            )
        )
    }


def _paired_people(lines, infos):
    """The person lines of a block where each signer stands on a line above their
    organisation ("Liz Hitchcock" / "U.S. Public Interest Research Group"): at least three
    people, two lines in five or more, and no two people on adjacent lines; else empty."""
    people = {i for i in lines if _classify(infos[i].clean, False) in ("person", "person?")}
    if len(people) < 3 or len(people) * 5 < len(lines) * 2:
        return set()
    adjacent = sum(1 for a, b in pairwise(lines) if a in people and b in people)
    return people if adjacent * 10 <= len(people) else set()


def _stacked_signatures(block, infos, tails=()):
    """Signatures stacked as a person, their post(s), then the organisation they sign for
    ("Jim Puckett" / "Executive Director" / "Basel Action Network"): ``{person's line:
    organisation's line}`` when at least three people of the block stand so, no more than
    one in five of its people does not, and half its organisations have their person above
    (a few people amid a list of organisations sign for themselves); else empty. Such a
    person signs for the organisation, not as an individual. A line of ``tails`` (an
    organisation run together with the next signer's name) counts as that signer's."""
    items = [
        i
        for i in block.lines
        if infos[i].kind == "item" and infos[i].unit is None and i not in block.inline
    ]
    kinds = ["tail" if i in tails else _classify(infos[i].clean, False) for i in items]
    pairs, people = {}, 0
    for k, kind in enumerate(kinds):
        if kind not in ("person", "tail"):
            continue
        people += 1
        j = k + 1
        while j < len(items) and j - k <= _MAX_POST_LINES and kinds[j] == "title":
            j += 1
        if j < len(items) and kinds[j] in ("organisation", "tail"):
            pairs[items[k]] = items[j]
    organisations = kinds.count("organisation") + kinds.count("tail")
    if len(pairs) >= 3 and len(pairs) * 5 >= people * 4 and len(pairs) * 2 >= organisations:
        return pairs
    return {}


#: A stacked signature has at most this many lines of posts between person and organisation.
_MAX_POST_LINES = 3


def _person_tails(block, infos):
    """Lines where two columns ran together, an organisation's name (or the end of one) and
    then the next signer's name: "Greenpeace Holly Hart", "Responsibility Alan Reuther", in a
    block of signers each above their organisation. ``{index: (head, person)}``."""
    lines = [i for i in block.lines if infos[i].kind == "item" and infos[i].unit is None]
    if not _paired_people(lines, infos):
        return {}
    out = {}
    for index in lines:
        tokens = infos[index].clean.split()
        for size in (2, 3):
            head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
            if (
                len(tokens) > size
                and _classify(tail, False) == "person"
                and _classify(" ".join(tokens), False) != "person"
                and not any(_norm_tok(t) in _ORG_WORDS for t in tokens[-size:])
            ):
                out[index] = (head, tail)
                break
    return out


def _continuations(block, infos, enumerated=None, tails=()):
    """Wrapped names in a one-name-a-line block: ``{first: last}`` for the line that starts
    a wrapped name, ``{later: -first - 1}`` for each line that continues it. In a numbered
    list (``enumerated``), a line without its number continues the numbered line above."""
    out = {}
    enumerated = enumerated or {}
    lines = [i for i in block.lines if infos[i].kind == "item" and infos[i].unit is None]
    people = _paired_people(lines, infos)
    if people:
        people |= set(tails)  # a line that ends in a signer's name ends like a person's line
    k = 0
    while k < len(lines) - 1:
        start = end = lines[k]
        while k < len(lines) - 1 and end - start < 3:
            here, nxt = infos[end].clean, infos[lines[k + 1]].clean
            if lines[k + 1] != end + 1 and infos[end + 1].kind != "blank":
                break
            if end in tails:
                break  # "Responsibility Alan Reuther": the name ends before the next signer
            if people and k > 0 and lines[k - (end - start) - 1] in people:
                # a block of signers each above their organisation: the lines between two
                # people are one organisation's name, wrapped ("U.S. Public Interest" /
                # "Research Group")
                joins = lines[k + 1] not in people or lines[k + 1] in tails
                if start not in people and joins and len(nxt.split()) <= 5:
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
