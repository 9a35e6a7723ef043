"""Letter lines: cues, headings, furniture and prose, and what each line looks like.

``_analyse_line`` describes one line (``_LineInfo``) for the block finder and the entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from netlib.extract.dates import _DATE_ANY, _find_date
from netlib.extract.names import _INVISIBLE, _LEADING_MARK, _is_blank, _keeps_period, clean_name
from netlib.extract.words import (
    _HEADING_NOUNS,
    _HEADING_SCOPES,
    _HEADING_WORDS,
    _PERSON_HEADINGS,
    _words,
)
from netlib.vocabulary import phrases
from netlib.vocabulary import words as words_of

__all__ = []  # private to the parser: its sibling modules import what they need


def _phrases(text):
    return frozenset(" ".join(p.split()) for p in text.split("|") if p.strip())


_SALUTATIONS = _phrases(
    """signed | sincerely | sincerely yours | yours sincerely | yours truly | respectfully |
    respectfully submitted | regards | best regards | kind regards | warm regards |
    in solidarity | with gratitude | mit freundlichen grüßen | mit freundlichen grüssen |
    freundliche grüße | cordialement | bien cordialement | atentamente | saludos cordiales |
    cordialmente | met vriendelijke groet | distinti saluti | cordiali saluti |
    com os melhores cumprimentos | atenciosamente | en solidarité | solidairement |
    salutations solidaires | en solidaridad | em solidariedade | in solidarität |
    solidarische grüße | in solidariteit | in solidarietà"""
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
# "Cette lettre est également signée par :", "also signed by": a list came before this one
_ALSO_SIGNED = re.compile(
    r"\b(?:also|too|as well|également|aussi|auch|ebenfalls|también|também|anche|ook)\b",
    re.IGNORECASE,
)
# "Signed by: A, B", "Other signatories include • A • B": the names run on after the cue
_INLINE_CUE = re.compile(
    r"(?:(?:other|additional|further|more)\s+)?"
    r"(signed by|endorsed by|co-?signed by|supported by|signatories|signers|signed|sincerely|"
    r"in solidarity|respectfully|"
    # "Assinam o manifesto: A; B", "Firman: A, B", "Signé par : A, B"
    r"assinam(?:\s+(?:o|a|este|esta)\s+\w{3,12})?|assinado por|subscrevem|firman|firmado por|"
    r"signé par|signée par|unterzeichnet von|firmato da)"
    r"(?:\s+(?:include|including|are))?\s*[:,\-–•·]\s*(\S.*)",
    re.IGNORECASE,
)
# "Signed by", and in German, Spanish, Portuguese, French, Italian, Dutch
# "Submitted on behalf of the coalition's members:" heads a list as a signing word does
_ON_BEHALF = re.compile(
    r"\bon behalf of\b|\bsubmitted by\b|\bau nom d|\bim namen\b|\ben nombre de\b|\ba nome d",
)
_SIGNING_WORD = re.compile(
    r"sign|endors|undersigned|unterzeichn|unterschrieben|firmad|firmant|assinad|assinam|"
    r"sottoscritt|firmatar|onderteken|subscrev|subscrit|suscrib|suscrit|soussign|"
    r"assinatura|unterschrift|firmas\b",
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


def _function_share(words):
    function = words_of("function_words")
    return sum(1 for w in words if w.strip("()[]\"',.;:*").casefold() in function) / len(words)


def _is_prose(text):
    """A sentence rather than a name: many lowercase content words, or a short sentence."""
    words = text.split()
    if len(words) < 2:
        return False
    ratio = _lower_ratio(words)
    ends = bool(_SENTENCE_END.search(text)) and not _keeps_period(text)
    if len(words) >= 6 and ratio >= 0.35 and (ends or len(words) >= 10):
        return True
    if len(words) >= 8 and ratio >= 0.1 and _function_share(words) >= 0.4:
        # German capitalises its nouns, so its sentences have few lower-case content words:
        # "Technologien und Dienstleistungen, die für den digitalen Wandel in" holds five
        # function words in nine and a lower-case adjective; a long name with as many
        # function words capitalises the rest ("Centro de Estudios en Libertad de Expresión")
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


# "[3] See, e.g., https://...", "[xxiv] Objection submitted to ...", "12 See Access Now, A
# Digital Rights Approach": a footnote or an endnote.
_FOOTNOTE = re.compile(
    r"(?:\[(?:\d{1,3}|[ivxlc]{1,8})\]|\d{1,3}\s+(?:see|id|ibid|cf)\b\.?)\s*\S.*", re.IGNORECASE
)
FOOTNOTE_REASON = "footnote, not a signatory"
# "Subscrevem*:" ... "*lista de subscritores atualizada a 6 de março de 2025": the note an
# asterisk points to, under the list it remarks on (no closing "*": not Markdown emphasis)
_ASTERISK_NOTE = re.compile(r"\*{1,3}[^\s*][^*]{2,300}")
ASTERISK_NOTE_REASON = "a note on the list (after an asterisk), not a signatory"
_URL_IN = re.compile(r"https?://\S|www\.\S", re.IGNORECASE)
# "2.1 What is austerity? .......... 4", "Introduction …… 3": a table of contents' line, dot
# leaders then a page number (or the leaders alone where the number wrapped)
_CONTENTS_LINE = re.compile(r".{1,300}?(?:\s?[.…]){5,}\s{0,3}\d{0,4}")
#: Only a line this short can be one (the pattern backtracks on a long run of dots).
_CONTENTS_MAX = 400
# "Mediapart (https://www.mediapart.fr/)", "Strangebuzz – https://www.strangebuzz.com",
# "Volume! <https://...>": a name, then its web address in brackets or after a dash
_NAME_THEN_URL = re.compile(
    r"(?P<name>[^()<>\[\]]{2,150}?)\s{0,3}"
    r"(?:[(<\[]\s{0,3}(?:https?://|www\.)[^\s()<>\[\]]{1,500}\s{0,3}[)>\]]"
    r"|[-–—:|]\s{1,3}(?:https?://|www\.)\S{1,500})",
    re.IGNORECASE,
)


def _is_chrome_line(stripped):
    """A line made only of a web page's links and buttons ("Privacy policy | Contact us")."""
    if len(stripped) > 200:
        return False  # chrome is a few short links; also keeps a huge line linear
    parts = [p for p in _CHROME_SPLIT.split(stripped.casefold()) if p.strip()]
    chrome = _chrome_phrases()
    return bool(parts) and all(
        " ".join(p.split()) in chrome or _SHARE_BUTTON.fullmatch(p.strip()) for p in parts
    )


# "Share on Tumblr", "Share on Google+", "Compartilhar no WhatsApp", "Auf Mastodon teilen":
# a share button, whichever network it names
_SHARE_BUTTON = re.compile(
    r"(?:share|post|pin|send|email)\s(?:it\s|this\s)?(?:on|to|via)\s\S{2,20}"
    r"|(?:compartilhar|compartir|partager|condividi)\s(?:no|na|en|sur|su)\s\S{2,20}"
    r"|auf\s\S{2,20}\steilen|press\sthis"
)


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

# "To the President of the European Parliament & Members of the ITRE Committee", "To the
# Honorable ...": whom an English letter is to, by office
_TO_AN_OFFICE = re.compile(
    r"To\s+(?:the\s+)?(?:Honou?rable|President|Prime\s+Minister|Minister|Members?|Chair|"
    r"Chairman|Chairwoman|Chairperson|Secretary|Governor|Mayor|Commissioners?|Director|CEO|"
    r"Board|Committee|Premier|Attorney\s+General|Speaker|Senators?|Representatives?)\b"
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
# (a PDF's text may glue the page number before it: "11 Appendix A:")
_APPENDIX_REASON = "an appendix follows"
_APPENDIX = re.compile(
    r"(?:\d{1,3}\s+)?(?:appendix|annexe?|anexo|anhang)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b"
    r"(?:\s*[:.–-].*)?",
    re.IGNORECASE,
)


# "Featuring:", "Media contact:", "Testimony of:": people or acts follow, not signatories
_CLOSED_REASON = "a section follows that names no signatories (contacts, a programme, a by-line)"
_CLOSED_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: A closed section's heading is short: the phrase and a few words ("Artists performing in
#: other cities include:").
MAX_CLOSED_WORDS = 8


def _closed_section(stripped):
    """The line heads a section of vocab/closed_sections.txt: the phrase alone, or the phrase
    and a few words before a colon ("Speakers include:", "Media contact: ...")."""
    if len(stripped) > 200:
        return False
    head, colon, _ = stripped.partition(":")
    words = _CLOSED_WORDS.findall(head.casefold())
    if not words or len(words) > MAX_CLOSED_WORDS:
        return False
    known = phrases("closed_sections")
    if not colon:
        return " ".join(words) in known and len(stripped) < 40
    return any(" ".join(words[:n]) in known for n in range(1, len(words) + 1))


def _furniture(stripped):
    """``("hard", reason)`` ends a block, ``("soft", reason)`` is rejected inside one."""
    if _APPENDIX.fullmatch(stripped):
        return "hard", _APPENDIX_REASON
    if _closed_section(stripped):
        return "hard", _CLOSED_REASON
    if _HARD_STOP.fullmatch(stripped) or stripped.startswith(("©", "(c) ", "Copyright ")):
        return "hard", "end of list"
    if _CC_WITHOUT_COLON.match(stripped):
        return "soft", "copied to (cc), not a signatory"
    if _is_chrome_line(stripped):
        return "soft", "web page chrome (links and buttons)"
    if _FOOTNOTE.fullmatch(stripped):
        return "soft", FOOTNOTE_REASON
    if _ASTERISK_NOTE.fullmatch(stripped):
        return "soft", ASTERISK_NOTE_REASON
    if len(stripped) <= _CONTENTS_MAX and _CONTENTS_LINE.fullmatch(stripped):
        return "soft", "a table of contents line, not a signatory"
    if _is_call_to_action(stripped):
        return "soft", "call to action (a link or button), not a signatory"
    if _DATELINE.match(stripped) and len(stripped.split()) <= 10:
        return "soft", "place and date, not a signatory"
    if _ADDRESSED_TO.match(stripped) and len(stripped.split()) <= 8:
        return "soft", "addressee, not a signatory"
    if _TO_AN_OFFICE.match(stripped) and len(stripped.split()) <= 16:
        return "soft", "addressee, not a signatory"
    label = " ".join(stripped.casefold().strip(" :*#_-–").split()) if len(stripped) <= 40 else ""
    if label in phrases("language_labels"):
        return "hard", "the letter again in another language"
    if label in phrases("notes_headings"):
        return "hard", "notes or references follow"

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


# two spaces between the fields of a signature copied from a PDF
_DOUBLE_GAP = re.compile(r"(?<=\S) {2}(?=\S)")


def _double_space_fields(raw):
    """ "Dr Aesen Thambiran  West Australian Refugee Health Network  0417 953 518": a line whose
    fields two spaces part, three to six fields each opening with a capital, a digit or a
    bracket, has columns; one double space is a typing slip ("Center for  Health"), and
    justified prose parts lower-case words."""
    if "  " not in raw or len(raw) > 400:
        return raw
    text = raw.strip()
    fields = _DOUBLE_GAP.split(text)
    if not 3 <= len(fields) <= 6 or " " * 3 in text:
        return raw
    if all(f[:1].isupper() or f[:1].isdigit() or f[:1] in "(+" for f in fields):
        return " | ".join(fields)
    return raw


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
    inner = raw.strip(" \t")
    if "\t" not in inner and "   " not in inner:
        return _double_space_fields(raw)
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


# "Tel: 202-462-1177 Fax: 202-462-4507", "Téléphone : 01 43 ...": a labelled number line
# the telephone numbers that end a signature line: "(02) 9361 5606 / 0423 632 734"
_TRAILING_PHONES = re.compile(
    r"(?:(?:\s|\|)+(?:(?:tel|phone|ph|mob|mobile)\.?:?\s*)?\+?\(?\d[\d().\- ]{5,18}\d"
    r"(?:\s*/\s*\+?\(?\d[\d().\- ]{5,18}\d)*)\s*$",
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(
    r"(?:tel|phone|telephone|téléphone|telefon|teléfono|telefone|fax|mobile|cell)\.?\s{0,3}:",
    re.IGNORECASE,
)


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
    phones = _TRAILING_PHONES.search(clean) if len(clean) < 400 else None
    if phones and phones.start() > 0 and sum(c.isdigit() for c in phones.group()) >= 8:
        # "Dr Mukesh Haikerwal, President  Australian Medical Association  (02) 6270 5400":
        # a signature with its telephone; the number is contact furniture
        clean = phones.string[: phones.start()].rstrip(" |,;:-–")
    info = _LineInfo(index, "item", clean=clean, raw_marked=bool(_MARKED.match(stripped + " ")))
    info.column_start = bool(unit is not None and unit.starts_column)
    info.page = unit.page if unit is not None else None
    if _ADDRESS.fullmatch(clean) or _CITY_ZIP.fullmatch(clean) or _EU_ADDRESS.fullmatch(clean):
        info.kind, info.reason = "soft", "postal address, not a signatory"
        return info
    digits = sum(c.isdigit() for c in clean)
    phone = (_PHONE.fullmatch(clean) or _PHONE_LABEL.match(clean)) and digits >= 9
    if phone or (_EMAIL_IN.search(clean) and len(clean.split()) <= 4):
        info.kind, info.reason = "soft", "contact details, not a signatory"
        return info
    named = _NAME_THEN_URL.fullmatch(clean) if _URL_IN.search(clean) else None
    words = len(named["name"].split()) if named else 0
    if named and words <= 10 and (words <= 4 or not _SENTENCE_END.search(named["name"])):
        # "Mediapart (https://www.mediapart.fr/)": a signer and its web site; the name signs
        clean = info.clean = named["name"].strip(" -–—:|,")
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


_MARKED = re.compile(r"\s*(?:[-*+•·–—▪◦●‣⁃○■□➢►✓✔]|\(?\d{1,6}[.)])\s")
