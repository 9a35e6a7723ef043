"""Resolving raw organisation names to stable organisation ids, through curation.

A wrong merge is worse than a missed one, so :class:`Registry` accepts a match automatically
only when it is certain:

``exact``      the same name after :func:`normalise_name` (case, punctuation, accents, dotted
               acronyms, "&"/"and", a leading "The", a trailing legal form such as "Inc.");
``alias``      a curated alias (``data/curation/aliases.csv``), ``rename`` a curated former name;
``judgement``  a positive review decision (``data/curation/judgements.csv``);
``acronym``    an all-capital name that is the initials of exactly one known organisation, or
               the other way round when that organisation is known by its acronym alone, or
               an entry that pairs an acronym with its own expansion
               ("LAANE (Los Angeles Alliance for a New Economy)").

Anything else becomes a new organisation (method ``new``), with the closest existing ones as
ranked ``candidates`` (rapidfuzz) for a person to review. Chapters and affiliates are separate
organisations linked by ``parent_org_id``; they are never merged into their parent.

Ids are stable: a curated organisation keeps its curated id, and a new one gets an id derived
from its normalised name alone (:func:`make_org_id`), so adding a document never renames an
existing organisation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz import process as fuzz_process

from netlib.io.schemas import TABLE_COLUMNS
from netlib.text.chars import DROP_INVISIBLE, TO_SPACE
from netlib.text.known_names import KnownNames

__all__ = [
    "Candidate",
    "Match",
    "Registry",
    "acronym_of",
    "make_org_id",
    "normalise_name",
]

# "A.C.L.U." or "S.T.O.P" (single letters between dots); linear: no nested quantifier.
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z](?:\.[A-Za-z])+\.?(?!\w)")
_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[\W_]+")
_LEGAL_FORMS = frozenset("inc incorporated llc ltd corp corporation pbc".split())
_MINOR_WORDS = frozenset("of for the and on a an in at to de la del y et with".split())
_ACRONYM_SHAPE = re.compile(r"[A-Z][A-Z0-9&]{1,11}")
_PAREN = re.compile(r"^([^()]{1,300}?)\s*\(([^()]{1,300})\)\s*$")
_MAX_SLUG = 60
#: Two-letter acronyms ("MA", "NY") are too ambiguous to match on.
_MIN_ACRONYM = 3
#: Fuzzy candidates below this score are not worth a reviewer's time.
CANDIDATE_CUTOFF = 80.0
#: A token that appears in more names than this is too common to block on ("coalition").
_COMMON_TOKEN = 500
#: A known name of more words than this is a sentence, not a parent (bounds the work per name).
_MAX_PARENT_WORDS = 20


def normalise_name(name):
    """The comparison key of an organisation name.

    Examples
    --------
    >>> normalise_name("The A.C.L.U. of Massachusetts")
    'aclu of massachusetts'
    >>> normalise_name("Defending Rights & Dissent")
    'defending rights and dissent'
    >>> normalise_name("Starting Over, Inc.")
    'starting over'
    >>> normalise_name("Council on American-Islamic Relations")
    'council on american islamic relations'
    >>> normalise_name("Women\u2019s\u00a0March  Café")
    'womens march cafe'
    """
    text = str(name).translate(DROP_INVISIBLE).translate(TO_SPACE)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.replace("&", " and "))
    tokens = _NON_WORD.sub(" ", text.casefold()).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
        tokens = tokens[:-1]
    return " ".join(tokens)


def acronym_of(key):
    """The initials of a normalised name's content words ("" for a one-word name).

    Examples
    --------
    >>> acronym_of("american civil liberties union")
    'aclu'
    >>> acronym_of("surveillance technology oversight project")
    'stop'
    >>> acronym_of("densho")
    ''
    """
    words = [w for w in key.split() if w not in _MINOR_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _acronym_shaped(name):
    compact = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), str(name).strip())
    return bool(_ACRONYM_SHAPE.fullmatch(compact))


def _expands(acronym, expansion_key):
    """Whether an acronym can be read off its expansion: same first letter, letters in order."""
    letters = "".join(c for c in acronym.casefold() if c.isalnum())  # "S.T.O.P." -> "stop"
    words = [w for w in expansion_key.split() if w not in _MINOR_WORDS]
    if len(words) < 2 or not letters or letters[0] != words[0][0]:
        return False
    stream = iter("".join(words))
    return all(letter in stream for letter in letters)


def _acronym_pair(name):
    """``(acronym, expansion)`` for "X (Y)" where one part is the other's acronym, else ``()``.

    >>> _acronym_pair("Council on American-Islamic Relations (CAIR)")
    ('CAIR', 'Council on American-Islamic Relations')
    >>> _acronym_pair("The Legal Aid Society (NYC)")
    ()
    """
    match = _PAREN.match(" ".join(str(name).split()))
    if not match:
        return ()
    head, inner = match.group(1).strip(), match.group(2).strip()
    for short, long in ((inner, head), (head, inner)):
        if _acronym_shaped(short) and _expands(short, normalise_name(long)):
            return short, long
    return ()


def make_org_id(key):
    """A stable, file-safe id derived from a normalised name alone.

    Names that fold to plain ASCII words keep a readable slug; anything lossy (other scripts,
    accents, over-long names) gets a short hash of the full key so that distinct names never
    share an id.

    Examples
    --------
    >>> make_org_id("fight for the future")
    'fight-for-the-future'
    >>> make_org_id("cafe") != make_org_id("café")
    True
    >>> make_org_id("красный крест").startswith("org-")
    True
    """
    folded = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub("-", folded.casefold()).strip("-")
    lossless = slug == key.replace(" ", "-") and len(slug) <= _MAX_SLUG
    if lossless and slug:
        return slug
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()
    stem = slug[:_MAX_SLUG].rstrip("-")
    return f"{stem}-{digest}" if stem else f"org-{digest}"


@dataclass(frozen=True)
class Candidate:
    """An existing organisation a name may be, with a similarity score (0-100)."""

    org_id: str
    name: str
    score: float


@dataclass(frozen=True)
class Match:
    """How a raw name was resolved.

    ``method`` is ``exact``, ``alias``, ``rename``, ``judgement``, ``acronym`` or ``new``;
    ``score`` is 100 for a certain match and 0 for a new organisation; ``candidates`` are the
    closest existing organisations when the match was not certain; ``parents`` are known
    organisations a new one may be a chapter or affiliate of (for review, never applied).
    """

    org_id: str
    name: str
    method: str
    score: float
    candidates: tuple[Candidate, ...] = ()
    parents: tuple[str, ...] = ()


@dataclass
class _Org:
    org_id: str
    name: str
    parent_org_id: str = ""
    curated: bool = False
    # made from a positive judgement before any document named the judged id itself
    from_judgement: bool = False
    aliases: set = field(default_factory=set)
    keys: set = field(default_factory=set)


class Registry:
    """Organisations, their names and curation decisions; resolves raw names to ids.

    Examples
    --------
    >>> from netlib.resolve.curation import Curation
    >>> registry = Registry.from_curation(Curation(
    ...     organisations=[{"org_id": "aclu", "name": "American Civil Liberties Union",
    ...                     "parent_org_id": "", "relation": ""}],
    ...     aliases=[{"alias": "ACLU", "org_id": "aclu", "kind": "acronym"}]))
    >>> registry.resolve_or_add("A.C.L.U.").org_id
    'aclu'
    >>> m = registry.resolve_or_add("American Civil Liberties Union of Texas")
    >>> m.method, m.org_id, [c.org_id for c in m.candidates]
    ('new', 'american-civil-liberties-union-of-texas', ['aclu'])
    """

    def __init__(self):
        self._orgs = {}  # org_id -> _Org
        self._by_key = {}  # normalised name -> (org_id, method)
        self._splits = {}  # normalised raw line -> list of names
        self._splits_used = set()  # the keys of _splits a document's line matched
        self._judgements = {}  # (key, org_id) -> decision
        self._positive = {}  # key -> org_id
        self._tokens = {}  # token -> set of keys (blocking for fuzzy candidates)
        self._initials = {}  # acronym of a multi-word name -> set of org_ids
        self._acronym_names = {}  # key of an all-capital name -> set of org_ids
        self._known = KnownNames()  # every name and alias, for the parser, grown incrementally
        self._longest_key = 0  # words in the longest indexed name (no longer part can match)

    # -- construction --------------------------------------------------------------------------

    @classmethod
    def from_curation(cls, curation):
        """A registry holding exactly the curated organisations, aliases, splits, judgements."""
        registry = cls()
        for row in curation.organisations:
            registry._register(row["org_id"], row["name"], row["parent_org_id"], curated=True)
        for row in curation.aliases:
            registry._index(row["alias"], row["org_id"], row["kind"])
            registry._add_alias(row["org_id"], " ".join(row["alias"].split()))
        for row in curation.splits:
            registry._splits[normalise_name(row["raw"])] = list(row["parts"])
        for row in curation.judgements:
            key = normalise_name(row["name"])
            registry._judgements[(key, row["org_id"])] = row["decision"]
            if row["decision"] == "positive":
                registry._positive[key] = row["org_id"]
        return registry

    def add_organisations(self, frame):
        """Add a previous build's organisations (``organisations.csv``) not curated here.

        This is how ``netlib parse`` gives a new document the corpus's ids.
        """
        rows = frame.sort_values("org_id", kind="mergesort").itertuples(index=False)
        added = []
        for row in rows:
            if row.org_id in self._orgs:
                continue
            self._register(row.org_id, row.name, "", curated=False)
            added.append(row)
            for alias in filter(None, (a.strip() for a in str(row.aliases).split(";"))):
                self._index(alias, row.org_id, "exact")
                self._add_alias(row.org_id, alias)
        for row in added:
            if row.parent_org_id in self._orgs:
                self._orgs[row.org_id].parent_org_id = row.parent_org_id

    def _register(self, org_id, name, parent_org_id="", *, curated):
        org = _Org(org_id, " ".join(str(name).split()), parent_org_id or "", curated)
        self._orgs[org_id] = org
        self._known.add(org.name)
        self._index(name, org_id, "exact")
        return org

    def _add_alias(self, org_id, alias):
        self._orgs[org_id].aliases.add(alias)
        self._known.add(alias)

    def _index(self, name, org_id, method):
        key = normalise_name(name)
        if not key or key in self._by_key:
            return  # the first claim on a key wins; curation is read before any document
        self._by_key[key] = (org_id, method)
        self._orgs[org_id].keys.add(key)
        self._longest_key = max(self._longest_key, len(key.split()))
        for token in set(key.split()):
            self._tokens.setdefault(token, set()).add(key)
        compact = key.replace(" ", "")
        self._tokens.setdefault("\0" + compact[:4], set()).add(key)
        initials = acronym_of(key)
        if len(initials) >= _MIN_ACRONYM:
            self._initials.setdefault(initials, set()).add(org_id)
        if _acronym_shaped(name) and len(key) >= _MIN_ACRONYM:
            self._acronym_names.setdefault(key, set()).add(org_id)

    # -- queries -------------------------------------------------------------------------------

    def __len__(self):
        return len(self._orgs)

    def __contains__(self, org_id):
        return org_id in self._orgs

    def name(self, org_id):
        """The display name of an organisation."""
        return self._orgs[org_id].name

    def known_index(self):
        """The same names as a :class:`~netlib.text.known_names.KnownNames` index, kept up to
        date as the registry learns names (pass it to the parser instead of re-indexing per
        document)."""
        return self._known

    def split(self, name):
        """The curated parts of a merged line (``splits.csv``), or ``[]``."""
        key = normalise_name(name)
        if key in self._splits:
            self._splits_used.add(key)
        return list(self._splits.get(key, []))

    def split_used(self, raw):
        """Whether a line asked for so far was the curated split ``raw``."""
        return normalise_name(raw) in self._splits_used

    def judged(self, name, org_id):
        """Whether a person has judged ``name`` against ``org_id`` (any decision): a review
        row about that pair is never shown again."""
        return (normalise_name(name), org_id) in self._judgements

    def made_from_names(self):
        """The organisations that are curated or were made from a name a document gave: all
        but those a positive judgement created under an id no document has given."""
        return {org_id for org_id, org in self._orgs.items() if not org.from_judgement}

    def resolve(self, name):
        """Resolve a name without adding anything; ``None`` when nothing is certain."""
        key = normalise_name(name)
        if not key:
            return None
        if key in self._positive and self._positive[key] in self._orgs:
            return self._certain(self._positive[key], "judgement")
        if key in self._by_key:
            org_id, method = self._by_key[key]
            return self._certain(org_id, method)
        # "Council on American-Islamic Relations (CAIR)": the name with its own acronym is
        # certain when its parts name one known organisation and no other
        known = {
            self._by_key[k][0]
            for k in map(normalise_name, _acronym_pair(name))
            if k in self._by_key
        }
        if len(known) == 1:
            return self._certain(known.pop(), "acronym")
        for method, org_id in self._acronym_matches(name, key):
            return self._certain(org_id, method)
        return None

    def resolve_or_add(self, name):
        """Resolve a name, or register it as a new organisation with ranked candidates."""
        found = self.resolve(name)
        if found is not None:
            return found
        key = normalise_name(name)
        display = " ".join(str(name).split())
        if not key:
            raise ValueError(f"not a name: {name!r}")
        if key in self._positive:
            # a positive judgement on an organisation the build has not met yet: create it
            # under the judged id, so its own name attaches to it later
            org = self._register(self._positive[key], display, curated=False)
            org.from_judgement = True
            return self._certain(org.org_id, "judgement")
        candidates = self.candidates(name)
        org_id = make_org_id(key)
        existing = self._orgs.get(org_id)
        parents = self.possible_parents(name)
        if existing is not None and not existing.curated:
            self._index(display, org_id, "exact")  # created from a judgement: same id, same org
            self._add_alias(org_id, existing.name)
            existing.name = display
            existing.from_judgement = False
            self._known.add(display)
            return Match(org_id, display, "new", 0.0, candidates, parents)
        if existing is not None:
            org_id = f"{org_id}-{hashlib.blake2b(key.encode(), digest_size=4).hexdigest()}"
        self._register(org_id, display, curated=False)
        self._pair_acronym(display, org_id)
        return Match(org_id, display, "new", 0.0, candidates, parents)

    def possible_parents(self, name):
        """Known organisations whose whole name opens or closes this one.

        "ACLU of Texas" may be an affiliate of the ACLU, "Free Press Action" of Free Press,
        "Harvard Law School National Lawyers Guild" a chapter of the Guild: proposals for a
        person to confirm in ``organisations.csv``, never applied automatically.

        Only parts as long as the longest known name, and at most ``_MAX_PARENT_WORDS`` words,
        are looked up, so the work per name is bounded however long the name is.
        """
        key = normalise_name(name)
        tokens = key.split()
        found = []
        longest = min(len(tokens) - 1, self._longest_key, _MAX_PARENT_WORDS)
        for size in range(longest, 0, -1):
            for part in (tokens[:size], tokens[-size:]):
                if all(t in _MINOR_WORDS for t in part):
                    continue
                hit = self._by_key.get(" ".join(part))
                if hit and hit[0] not in found and (key, hit[0]) not in self._judgements:
                    found.append(hit[0])  # a judged pair is never proposed again
            if found:
                break  # the longest known name is the likeliest parent
        return tuple(sorted(found))

    def candidates(self, name, limit=3):
        """The closest existing organisations to a name, best first, excluding rejected ones."""
        key = normalise_name(name)
        if not key:
            return ()
        pool = set()
        for token in set(key.split()) | {"\0" + key.replace(" ", "")[:4]}:
            keys = self._tokens.get(token, set())
            if len(keys) <= _COMMON_TOKEN:
                pool |= keys
        pool.discard(key)
        if not pool:
            return ()
        choices = sorted(pool)
        best = {}
        # plain ratio catches spacing and spelling ("Media Justice"/"MediaJustice"), token-sort
        # catches word order; WRatio's partial matching would pair any names sharing a word
        for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
            for choice, score, _ in fuzz_process.extract(
                key, choices, scorer=scorer, limit=None, score_cutoff=CANDIDATE_CUTOFF
            ):
                org_id = self._by_key[choice][0]
                if (key, org_id) in self._judgements:
                    continue  # judged (negative or unsure): never asked again
                best[org_id] = max(best.get(org_id, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return tuple(Candidate(o, self._orgs[o].name, round(s, 2)) for o, s in ranked)

    def _certain(self, org_id, method):
        return Match(org_id, self._orgs[org_id].name, method, 100.0)

    def _acronym_matches(self, name, key):
        """Unambiguous acronym matches in either direction (at most one is returned)."""
        if _acronym_shaped(name):
            found = self._initials.get(key, set())
        else:
            # A full name whose initials are a known acronym is only certain when that
            # organisation has no full name of its own: "Alabama Citizens for Labor Unity" is
            # not the ACLU, however its initials read. Otherwise fuzzy candidates decide.
            found = {
                org_id
                for org_id in self._acronym_names.get(acronym_of(key), set())
                if not any(len(k.split()) > 1 for k in self._orgs[org_id].keys)
            }
        return [("acronym", next(iter(found)))] if len(found) == 1 else []

    def _pair_acronym(self, display, org_id):
        """ "X (Y)" where one is the other's acronym: both parts become names of the new org."""
        for part in _acronym_pair(display):
            if normalise_name(part) not in self._by_key:
                self._index(part, org_id, "acronym")
                self._add_alias(org_id, part)

    # -- output --------------------------------------------------------------------------------

    def organisations_table(self, org_ids=None):
        """The ``organisations`` table: org_id, name, parent_org_id, aliases (sorted)."""
        rows = []
        for org_id in sorted(org_ids if org_ids is not None else self._orgs):
            org = self._orgs[org_id]
            aliases = sorted(a for a in org.aliases if a != org.name)
            rows.append(
                {
                    "org_id": org_id,
                    "name": org.name,
                    "parent_org_id": org.parent_org_id,
                    "aliases": ";".join(aliases),
                }
            )
        return pd.DataFrame(rows, columns=TABLE_COLUMNS["organisations"])
