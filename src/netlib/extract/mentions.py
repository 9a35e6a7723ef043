"""Articles: organisation names in running text, and the cues that give each a campaign role."""

from __future__ import annotations

import re

from netlib.extract.names import (
    _ACRONYM,
    _ARTICLE_ORG_WORDS,
    _DOMAIN,
    _is_title,
    _keeps_period,
    _norm_tok,
    _org_shaped,
    _person_shaped,
)
from netlib.extract.sentences import _CAMEL_WORD
from netlib.extract.words import _HONORIFICS, _words
from netlib.resolve.places import is_place

__all__ = ["ROLE_CUES"]

# ---------------------------------------------------------------------------------------------
# Articles: names in running text
# ---------------------------------------------------------------------------------------------

_RUN_CONNECTORS = _words("of for the on in at & de la del and a an") | _words(
    "o os as e y per pour para por dos das da do des du le les el los las der die von zu für "
    "ohne di della"
)
_TOKEN = re.compile(r"[^\s–—]+")
# what may wrap a name in running text: brackets, emphasis and straight or curly quotes
_NAME_QUOTES = "\"'()[]{}_*“”‘’«»„"
_POSSESSIVE = re.compile(r"['’]s?$")
# "iFreedom Uganda", "eBay": a name that starts with one lower-case letter before a capital
_LOWER_CAMEL = re.compile(r"[a-z][A-Z][a-z]")
# French articles that open a name ("La Quadrature du Net", "Les Amis de la Terre"): kept
# in front of a run when written with a capital, as "The" is
_NAME_ARTICLES = ("The", "La", "Le", "Les")


def _run_token(token):
    """``"name"`` / ``"connector"`` / ``None`` for a token inside a name in running text."""
    core = token.strip(_NAME_QUOTES)
    if not core:
        return None
    if core.casefold() in _RUN_CONNECTORS:
        return "connector"
    if core[0].isupper() or core[0].isdigit() or _LOWER_CAMEL.match(core):
        tail = core.rsplit("-", 1)[-1] if "-" in core else ""
        if tail[:1].islower():
            return None  # "Sharpton-founded": a descriptor, not a name
        return "name"
    if _DOMAIN.search(core):
        return "name"
    return None


def _trim_run(tokens):
    # A capitalised "The" inside a sentence belongs to the name ("The Movement for ...").
    while tokens and _run_token(tokens[0]) == "connector" and tokens[0] not in _NAME_ARTICLES:
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


def _best_run(item, known):
    """The organisation-like run of an item; descriptors and people in front are dropped."""
    runs = [_strip_person_head(run) for run in _runs(item)]
    runs = [run for run in runs if run]
    if not runs:
        return None
    # "Grey Power from Nelson": a place after the name says where it is
    named = [run for run in runs if not is_place(" ".join(run))]
    runs = named or runs
    for run in reversed(runs):
        text = " ".join(run)
        if known.exact(text) or _org_shaped(text):
            return run
    return runs[-1]


_LIST_STOP = re.compile(r"[;:()\"—]|\s[-–]\s")
# A short aside in brackets inside a list ("the ACLU (American Civil Liberties Union), ...",
# "Vocal-NY (which also signed)") is dropped, so it neither ends the list nor joins a name.
# A spaced dash inside an item, between a name and what it stands for, with the list going
# on after a comma: "a Djass – Associação de afrodescendentes, a Frente Anti-Racista, ..."
_DASH_NAME = re.compile(r"[A-ZÀ-Ý][^\s,;:()\"—–]*(?:\s[^\s,;:()\"—–]+){0,7},\s")
_DASH_PART = re.compile(r"[A-ZÀ-Ý][^\s,;:()\"—–]*(?:\s[^\s,;:()\"—–]+){0,4}(?:[,;]|\.?\s*\Z)")
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
        while stop and stop.group().strip() in "-–" and _DASH_PART.match(segment, stop.end()):
            stop = _SEMICOLON_LIST_STOP.search(segment, stop.end())  # "Third World Network -
            # Africa, among others": a part of the name, not an aside
        splitter = _SEMICOLON_SPLIT
    else:
        segment = _LIST_ASIDE.sub("", segment[: _WINDOW + 200])
        stop = _LIST_STOP.search(segment)
        while stop and stop.group().strip() in "-–" and _DASH_NAME.match(segment, stop.end()):
            stop = _LIST_STOP.search(segment, stop.end())  # "a Djass – Associação de ..., a"
        splitter = _LIST_SPLIT
    if stop:
        segment = segment[: stop.start()]
    items = []
    if " and " in segment and splitter is _LIST_SPLIT:
        segment = _AND_POST.sub(_comma_before_post, segment)
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
        part = _place_descriptor(part)
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
            pieces = part.split(" and ")
            if len(pieces) == 2 and all(_descriptor_item(p) for p in pieces):
                items.extend(pieces)  # "head hunter Russell Reynolds and law firm Linklaters"
                continue
            break
        items.append(rest if rest is not part and rest[:1].isupper() else part)
    return items


# "the Vice-Chancellor of Oxford and the Provost of UCL": "and" before a post of another
_AND_POST = re.compile(r"\s+and\s+(?=(?:the\s+)?([\w-]+(?:\s[\w-]+)?)\s+(?:of|at)\s+[A-Z])")


def _comma_before_post(match):
    return ", " if _is_title(match.group(1).split()) else match.group()


def _post_of_place(sentence, name):
    """Whether ``name`` follows a post in ``sentence`` ("the Vice-Chancellor of Cambridge"):
    there a place stands for its institution."""
    pattern = r"(\S+)\s+of\s+(?:the\s+)?" + re.escape(name) + r"\b"
    return any(_is_title([found.group(1)]) for found in re.finditer(pattern, sentence))


def _descriptor_item(text):
    """ "head hunter Russell Reynolds": a few lower-case words, then a name."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and words[0][:1].islower()
        and words[-1][:1].isupper()
        and not any(w.casefold() in _LIST_END for w in words)
    )


def _place_descriptor(part):
    """ "US tech behemoth Microsoft": a place before a descriptor is the descriptor's."""
    words = part.split()
    if (
        3 <= len(words) <= 7
        and words[0][:1].isupper()
        and words[1].casefold() not in _RUN_CONNECTORS  # "Indonesia for Global Justice"
        and _descriptor_item(" ".join(words[1:]))
        and is_place(words[0].strip(_NAME_QUOTES))
    ):
        return " ".join(words[1:])
    return part


# Articles that open a name in a list: "the", and in Portuguese, Spanish, French, Italian,
# German, Dutch ("Assinam o documento o ISA, a Articulação dos Povos Indígenas do Brasil ...",
# "waaronder het Wereld Natuur Fonds").
_ARTICLE_WORD = re.compile(
    r"\A(?:the|o|a|os|as|el|la|los|las|le|les|l'|il|lo|gli|die|der|das|den|het|de)\s+(?=[A-ZÀ-Ý])"
)


# "and" in English; "e", "y", "et", "und", "i", Dutch "en" only before a capitalised word
# ("Via Campesina e Conselho Nacional ...", "Vereniging Eigen Huis en de Woonbond": a Dutch
# article after "en" goes with it)
_OTHER_ANDS = ("e", "y", "et", "und", "i", "en")
_AND = re.compile(
    r"\s+(?:and|&|(?:e|y|et|und|i|en)(?=\s+(?:(?:de|het)\s+)?[A-ZÀ-Ý]))\s+(?:(?:de|het)\s+)?"
)


_DESCRIBED = re.compile(r"[A-Z][\w.]{0,30}-[a-z]{2,20}")  # "Facebook-dochter", "Sharpton-founded"


def _leading_name(item):
    """An item that opens with a name ends where the name does: "Alliance for a Safe and
    Secure Internet with a plea to the Government" is the alliance."""
    if not item[:1].isupper():
        return item  # "law firm Linklaters": a descriptor first
    tokens = item.split()
    for n, token in enumerate(tokens):
        bare = _POSSESSIVE.sub("", token.rstrip(",;:!?."))
        # "Via Campesina e Conselho ...": a conjunction of another language before a name
        joins = token in _OTHER_ANDS and bool(_AND.match(" " + " ".join(tokens[n : n + 3])))
        # "Google en Facebook-dochter WhatsApp": a descriptor glued to a name, after "and"
        described = (
            n + 1 < len(tokens)
            and tokens[n - 1] in (*_OTHER_ANDS, "and")
            and bool(_DESCRIBED.fullmatch(bare))
            and _run_token(tokens[n + 1].rstrip(",;:!?.")) == "name"
        )
        # "Vereniging Eigen Huis en de Woonbond": a Dutch article after "en" goes with it
        article = tokens[n - 1] == "en" and token in ("de", "het") and n + 1 < len(tokens)
        if n and _run_token(bare) is None and not (joins or described or article):
            return " ".join(tokens[:n])
    return item


def _singular(word):
    """ "councils" -> "council", "universities" -> "university", else ``None``."""
    low = word.casefold()
    for plural, singular in (("ies", "y"), ("s", "")):
        if low.endswith(plural) and (low[: -len(plural)] + singular) in _ARTICLE_ORG_WORDS:
            return word[: -len(plural)] + singular
    return None


_HEAD_PIECE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _shared_head(text):
    """Names that share one plural noun after the last: "the Nelson, Tasman, Grey and
    Westland Councils" is Nelson Council, Tasman Council, Grey Council and Westland Council;
    ``None`` when ``text`` does not open with such a list.

    >>> _shared_head("Wellington, Kapiti Coast, Ruapehu and Palmerston North councils.")
    ['Wellington council', 'Kapiti Coast council', 'Ruapehu council', 'Palmerston North council']
    """
    tokens = text[:_WINDOW].split()
    if tokens and tokens[0].casefold() == "the":
        tokens = tokens[1:]
    k, head = 0, None
    while k < min(len(tokens), 40) and not head:
        head = _singular(tokens[k].rstrip(".,;:!?"))
        if not head and not (tokens[k][:1].isupper() or tokens[k] in ("and", "&")):
            return None
        k += 0 if head else 1
    if not head:
        return None
    pieces = re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+", " ".join(tokens[:k]))
    if k == 0 or " and " not in " ".join(tokens[:k]) or len(pieces) < 2:
        return None
    if not all(_HEAD_PIECE.fullmatch(piece) for piece in pieces):
        return None
    return [f"{piece} {head}" for piece in pieces]


def _split_and(item, known, listed=False):
    """Split "A and B" only when both sides are organisations on their own.

    ``listed``: the item ends a list of names parted by commas ("Greene King, Pizza Express
    and Caffe Nero"), where "and" is the list's own unless the noun after it ends one name
    ("ACLU, NAACP Legal Defense and Education Fund").
    """
    parts = _AND.split(item)
    if len(parts) < 2:
        return [item]
    runs = [_best_run(part, known) for part in parts]
    if (
        len(parts) == 2
        and _AND.search(item).group().split()[0] == "en"
        and all(run and part.strip()[:1].isupper() for run, part in zip(runs, parts, strict=True))
    ):
        # Dutch "Aegon en Achmea", "het Wereld Natuur Fonds en Natuurmonumenten": "en" parts
        # two names (the English "Legal Defense and Education Fund" reading is not Dutch)
        return parts
    if all(run and (known.exact(" ".join(run)) or _org_shaped(" ".join(run))) for run in runs):
        return parts
    if all(runs) and any(
        _ACRONYM.fullmatch(p.strip(" .,;:!?")) or _CAMEL_WORD.fullmatch(p.strip(" .,;:!?"))
        for p in parts
    ):
        return parts  # "CAIR and Greenpeace", "United We Dream and MoveOn": one word of its own
    second = parts[1].strip()
    if listed and len(parts) == 2 and all(runs) and not _org_shaped(" ".join(runs[1])):
        return parts
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
    if len(runs[-1]) == 1 and not known.exact(runs[-1][0]) and not _org_shaped(runs[-1][0]):
        return [item]  # "Grupo de Ação Conjunta Contra o Racismo e Xenofobia": one word ends it
    if len(head) >= 2 and all(runs):
        return parts  # "Tenants United and Media Justice"
    return [item]  # "Policing and Social Justice Project" is one name


def _split_list(items, known):
    """Each item's leading name, the last item's "and" read as the list's own."""
    names = [_leading_name(item) for item in items]
    return [
        part
        for number, name in enumerate(names)
        for part in _split_and(name, known, listed=number == len(names) - 1 >= 1)
    ]


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
    r"campaigning|alliance|join(?:s|ed|ing)?\s+forces|advocat(?:e|es|ed|ing)\s+for|"
    # a submission to a body, written by several: "made a joint submission"
    r"joint\s+(?:submission|contribution|statement)s?|contribución\s+conjunta|"
    # the same in Dutch, German, French, Spanish, Portuguese and Italian: "in een open brief",
    # "ondertekend", "Bündnis", "lettre ouverte", "carta abierta", "abaixo-assinado"
    r"brief|briefs|petitie|oproep|campagne|coalitie|alliantie|onderteken\w*|verklaring|"
    r"pleit|pleiten|pleitte|pleitten|krachten\s+(?:ge)?bundel\w*|bundel\w*\s+(?:de\s+)?krachten|"
    r"offene[rn]?\s+brief|petition|bündnis|kampagne|unterzeichn\w*|"
    r"lettre|pétition|signataires|signée?s?|"
    r"carta|petición|petição|campaña|campanha|coalición|coalizão|alianza|aliança|"
    r"firmad\w*|firmant\w*|assinad\w*|assinam|lettera|firmatar\w*|"
    # a call to a demonstration: "cerca de trinta coletivos convocaram ... uma Manifestação"
    r"convoc(?:am|aram|ou|a|an|aron|ó)|manifestação|manifestación)\b",
    re.IGNORECASE,
)
_ORGANISER_VERB = re.compile(
    r"\b(?:published|publishes|released|releases|sent|sends|delivered|delivers|organi[sz]ed|"
    r"launch|send|deliver|organi[sz]e|circulate|start|file|"
    r"organi[sz]es|launched|launches|circulated|circulates|drafted|drafts|coordinated|"
    r"coordinates|spearheaded|spearheads|started|starts|initiated|initiates|penned|pens|wrote|"
    r"writes|authored|authors|led|leads|filed|files|submitted|submits)\b(?!\s+by\b)",
    re.IGNORECASE,
)
_ORGANISER_OBJECT = re.compile(
    r"\b(?:letters?|petitions?|campaigns?|sign-on|pledges?|protests?|initiatives?|coalitions?|"
    r"drives?|efforts?|call|statements?|declarations?|manifestos?|submissions?|"
    r"contributions?)\b",
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
    r"members|supporters|backers|"
    # "were also among the 103 university leaders who signed the letter"
    r"(?:leaders|heads|bosses|chiefs|executives)\s+(?:who|that)\s+(?:have\s+|had\s+)?signed)\b",
    re.IGNORECASE,
)
# "the Council of Shia Professionals and Imamia Medics International, both groups that signed
# the letter": the names before a description of them as signers
_BOTH_SIGNED = re.compile(
    r",\s+(?:both|all|each|two|three)\s+(?:of\s+them\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:groups?|organi[sz]ations?|unions?|members)\s+(?:that|which|who)\s+(?:also\s+)?"
    r"(?:have\s+|had\s+)?(?:signed|co-?signed|endorsed)\b",
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
# An effort named by whom it is: "Groups Join FFTF Effort to Ban Facial Recognition",
# "joined in a Fight for the Future-led effort": the name is the effort's organiser
_EFFORT_NOUNS = r"(?i:efforts?|campaigns?|push|drive|initiative|coalition|petition|letter)\b"
_JOIN_EFFORT = re.compile(
    r"\b(?i:join(?:s|ed|ing)?)\s+(?:in\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|for|the|and)){0,6}?)(?:['’]s)?\s+"
    + _EFFORT_NOUNS
)
_LED_EFFORT = re.compile(
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|for|the|and)){0,6}?)-led\s+" + _EFFORT_NOUNS
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
# Plural nouns of organisations in other languages, compounds and all: "natuurorganisaties",
# "Umweltverbände", "coletivos" (Dutch, German, Portuguese, Spanish, French)
_GROUP_NOUNS_OTHER = (
    r"\w{0,20}(?:organisaties|organisationen|organizações|organizaciones|organisations|"
    r"bedrijven|aandeelhouders|beleggers|groepen|verenigingen|verbände|vereine|"
    r"coletivos|colectivos|associações|asociaciones|associations)"
)
# "... and 30 other organizations", "... en zestig andere natuurorganisaties": the number
# is digits or one word (checked against the number words by the caller)
_AND_OTHERS = re.compile(
    r"\s+(?:and|along\s+with|with|en|und|e|y|et)\s+"
    r"(?:(?:more\s+than|over|at\s+least|nearly|some|about|around|ruim|meer\s+dan|über)\s+)?"
    r"(?P<number>\d[\d,]*\+?|[a-zäöüéíáóúç]{3,14})\s+"
    r"(?:other\s+|more\s+|andere\s+|weitere[n]?\s+|outr[oa]s\s+|otr[oa]s\s+|autres\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:organi[sz]ations|groups|" + _GROUP_NOUNS_OTHER + r")\b",
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
_CLAUSE_OPENERS = _words("today yesterday tonight now earlier meanwhile")


_WINDOW = 600  # a list or a subject never runs longer than this (keeps the work linear)
_LONG_WINDOW = 3000  # a list parted by semicolons, one long name after another


def _left(sentence, position):
    """The text just before ``position`` (bounded, so that many cues stay linear)."""
    left = sentence[max(0, position - _WINDOW) : position]
    if position > _WINDOW:
        left = left.split(" ", 1)[-1]  # do not start inside a word
    return left


# "Today Access Now, along with nearly 70 organizations from five continents, launched ...":
# an aside of company between the subject and its verb
_WITH_ASIDE = re.compile(
    r",\s+(?:along\s+with|together\s+with|jointly\s+with|alongside|joined\s+by|with)\s+"
    r"[^,]{1,120},\s*\Z",
    re.IGNORECASE,
)


def _subject(left):
    """The name ending the text before a verb (the verb's subject), or ``None``.

    >>> _subject("**GLOBAL**—Today Example Now, along with nearly 70 organizations, ")
    'Example Now'
    """
    aside = _WITH_ASIDE.search(left[-200:])
    if aside:
        left = left[: len(left) - len(left[-200:]) + aside.start()]
    # "**GLOBAL**—Today Example Now launched": a dateline ends at its dash, and a word of
    # time opens the clause, not the name
    left = re.split(r"\s?[—–]\s?", left[-_WINDOW:])[-1]
    tokens = left.split()
    while tokens and tokens[0].strip("*_").casefold() in _CLAUSE_OPENERS:
        tokens = tokens[1:]
    while tokens:
        low = tokens[-1].casefold()
        if low in _SUBJECT_FILLER and tokens[-1].islower():
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
    ("partner", re.compile(r"partner|\bmembers\b|trägerkreis|mitglieder", re.IGNORECASE)),
    (
        "signatory",
        re.compile(
            r"sign|endors|coalition|letter|petition|\bjoin|"
            # Dutch and German: "in een open brief", "ondertekend", "verklaring", "Brief"
            r"\bbrief\b|onderteken|verklaring|petitie|unterzeichn|offene[nr]? brief|krachten",
            re.IGNORECASE,
        ),
    ),
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
    r"charities|churches|networks|trägerkreis|mitglieder|"
    r"associations|" + _GROUP_NOUNS_OTHER + r")\W{0,3}(?:,?\s*which\s+|,?\s*that\s+)?\Z",
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
