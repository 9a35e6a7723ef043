"""Articles put together: :func:`parse_article` gives mentions, counts and targets."""

from __future__ import annotations

import re

from netlib.extract.attributions import ACADEMIC, PAREN_ACRONYM, attributed_names
from netlib.extract.counts import _ORG_UNITS, _OTHER_NUMBERS, _PEOPLE_UNITS, _TENS, _counts
from netlib.extract.entries import _not_a_name
from netlib.extract.letter import parse_letter
from netlib.extract.lines import _SALUTATIONS, _SIGNING_WORD
from netlib.extract.mentions import (
    _ALSO_SIGNED,
    _AMONG,
    _AMONG_OTHERS,
    _AND_OTHERS,
    _BOTH_SIGNED,
    _BY_DESCRIPTOR,
    _CALLED,
    _CAMPAIGN_CONTEXT,
    _CAMPAIGN_NOUN,
    _DEMAND_VERB,
    _GROUP_NOUN_BEFORE,
    _JOIN_EFFORT,
    _LED_EFFORT,
    _LIST_CUE,
    _LONG_WINDOW,
    _MILESTONE,
    _NAME_QUOTES,
    _ORGANISER_OBJECT,
    _ORGANISER_VERB,
    _SIGNER_VERB,
    _TARGET_CUE,
    _WINDOW,
    ROLE_CUES,
    _best_run,
    _cue_role,
    _include_starts,
    _leading_name,
    _leading_names,
    _left,
    _list_items,
    _looks_personal,
    _post_of_place,
    _runs,
    _semicolon_list,
    _shared_head,
    _split_and,
    _split_list,
    _subject,
)
from netlib.extract.names import (
    _ACRONYM,
    _ARTICLE_ORG_WORDS,
    _classify,
    _key,
    _norm_tok,
    _org_shaped,
    clean_name,
)
from netlib.extract.redaction import _WITHHELD, _Redactor
from netlib.extract.results import ArticleResult, Mention, Rejection, ReportedCount, TargetMention
from netlib.extract.sentences import _CAMEL, _is_chrome, split_sentences
from netlib.extract.words import _BLOCKERS, _COMMON, _HONORIFICS, _TITLE_TRIGGERS
from netlib.resolve.places import is_place
from netlib.text.known_names import _known_index, _match_tokens

__all__ = ["parse_article"]

_NOT_ORG = "not recognisably an organisation (withheld)"
# "Other groups include", "Other signatories include": the groups of an earlier sentence
_COALITION_OF = re.compile(
    r"\b(?P<noun>Bündnis|Netzwerk|Allianz|coalition|alliance)\s+"
    r"(?P<name>[A-Z0-9][\w&.-]{0,30}(?:\s+[A-Z0-9][\w&.-]{0,30}){0,3})\s+"
    r"(?:aus|bestehend\s+aus|made\s+up\s+of|consisting\s+of)\s+(?=[A-Z])"
)
# A sentence that goes on about the campaign the one before named: "The letter ... was signed
# by more than 80 chief executives. It was organised by the chief executive of UK
# Hospitality", "Their efforts were supported by the British Retail Consortium"
_GOES_ON = re.compile(
    r"(?:It|This|They|Their\s+(?:efforts?|letter|call|campaign|drive))\s+"
    r"(?:was|is|has\s+been|had\s+been|were|are|have\s+been)\s+(?:also\s+)?\w+\s+by\b"
)
# A named alliance that speaks in a release about the campaign: "Das Bündnis Bits & Bäume
# kritisiert ... Daher fordert es ...", "The coalition Free Fares NZ calls ...": its organiser
_ALLIANCE_SPEAKS = re.compile(
    r"(?:\A|(?<=[.!?)]\s))\W{0,3}(?:Das|Die|Der|The)\s+"
    r"(?P<noun>Bündnis|Netzwerk|Allianz|coalition|alliance|network)\s+"
    r"(?P<name>[A-Z0-9][\w&.-]{0,30}(?:\s+(?:[A-Z0-9&][\w&.-]{0,30}|und|and|for|für)){0,5})"
    r"\s+(?=[a-zäöü])"
)
_LOOK_BACK = 8  # cues before an include-list that may name the group it describes
_MEMBERS_BEFORE = re.compile(r"\b(?:members|trägerkreis|mitglieder|leden|membres)\s*\Z", re.I)
_NUMBER_WORDS = set(_TENS) | set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen dozen".split()
)
_OTHER_GROUPS = re.compile(
    r"\bother\s+(?:groups|organi[sz]ations|members|partners|supporters)"
    r"\s*\Z",
    re.IGNORECASE,
)
_ARTICLE_START = re.compile(r"\A(?:the|a|an)\s+", re.IGNORECASE)


# an item of a list that is an article and a name: "the Sierra Club", "het Wereld Natuur Fonds"
_ARTICLED = re.compile(r"\A(?:the|het|de|die|der|das|o|a|el|la|le|les)\s+", re.IGNORECASE)


# "Name (ACR)": the acronym a name is given in the text
_DEFINED_ACRONYM = re.compile(r"(?<=\S)\s\(([A-Z][A-Za-zÄÖÜ&]{1,10})\)")
# a few words in lower case between a cue and its list: "... have also come on board to
# advocate for this ask: Wellington, Kapiti Coast, ..."
_LEAD_IN = re.compile(r"[^:;.!?A-Z]{0,80}:\s*")
# more words after an item's name than the rest of a long name holds ("Forum InformatikerInnen
# für Frieden und gesellschaftliche Verantwortung e. V."): a clause
_CLAUSE_WORDS = 5


def _clause_end(items):
    """The items of a list up to the one a clause follows: "Samen met Urgenda bieden ze een
    petitie aan het ministerie van Landbouw, Natuur en ...": the list is Urgenda; what
    follows the clause is not part of it (a descriptor, "US tech behemoth Microsoft", is)."""
    out = []
    for item in items:
        out.append(item)
        name = _leading_name(item)
        if item[:1].isupper() and len(item.split()) - len(name.split()) > _CLAUSE_WORDS:
            break
    return out


def _is_number(text):
    """Digits, or one number word ("sixty", "zestig", "trinta")."""
    low = text.casefold().rstrip("+")
    return low[:1].isdigit() or low in _OTHER_NUMBERS or low in _NUMBER_WORDS


def _cue_key(match):
    return " ".join(match.group().casefold().split())


_COUNT_NAME = re.compile(r"\d[\d,.]*\+?\s+\w+(?:\s+\w+)?")
# "Canadian Union of Public Employees (CUPE)", "Ontario Public Sector Employees Union (OPSEU)
# University Sector", "... Canada Ontario (PSAC Ontario region)": the name ends at its acronym
_TRAILING_ACRONYM = re.compile(r"\s*\(\s?[A-Z][A-Z0-9&.\-]{1,11}\b[^()]{0,40}\)[^()]{0,60}\Z")


def _named_in_role(name):
    """A name after a role cue that can be an organisation's: not a place, not a common word,
    not a lone word of a sentence ("The", "Congress", "Monday")."""
    tokens = name.split()
    if not tokens or len(tokens) > 8:
        return False
    places = [re.sub(r"\A[Tt]he\s+", "", p) for p in re.split(r"\s+(?:and|&)\s+", name)]
    if is_place(name) or all(is_place(p) for p in places):
        return False  # "New Jersey and Connecticut", "Marlborough and the West Coast"
    words = [_norm_tok(t) for t in tokens]
    if len(words) == 1 and (
        words[0] in _PEOPLE_UNITS or words[0] in _ORG_UNITS or words[0] in _ARTICLE_ORG_WORDS
    ):
        return False  # "Doctors have written ...", "Mayors", "Coalition Calls For ..."
    if all(w in _COMMON or w in _BLOCKERS or w in _HONORIFICS for w in words):
        return False
    return not (len(tokens) == 1 and len(words[0]) <= 2)


def _short_acronym(name):
    """ "NN", "BP": two capitals, a name only in a list of organisations."""
    return len(name) == 2 and name.isupper() and name.isalpha()


def _initials(name):
    """The first letters of a name's words ("Fight-for the Future": "fftf"), for three words
    or more, else ``None``."""
    words = _key(name.replace("-", " ")).split()
    return "".join(w[0] for w in words) if len(words) >= 3 else None


def same_key(other, key, alias, aliases):
    """Whether two comparison keys are one organisation's: equal, or one acronym's."""
    return other == key or (alias is not None and aliases.get(other) == alias)


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
        self.initials = {}  # key -> the initials of the name as written
        self.named = set()  # keys of names with a role or as targets
        self.targets = set()
        self.unroled = {}  # key -> (line, display name)
        self.pending = []  # (kind, name, fields) found in the current sentence
        self.campaign = False  # the article reports on a letter or campaign
        self.campaign_names = []  # (line, sentence, name, cue): organisers if none other
        self.withheld = set()  # (line, key) of the names rejected as not an organisation's
        self.last_role = None  # the role the last cue of an earlier sentence gave
        self.context_line = None  # the line of the last sentence about a campaign
        # a name and the acronym the article gives it, one key each: "Chaos Computer Club
        # (CCC)" -> {key of the name: key of CCC, key of CCC: key of CCC}
        self.aliases = {}
        for _, sentence in sentences:
            for match in _DEFINED_ACRONYM.finditer(sentence[:20000]):
                # the item the acronym closes, from the last comma: every run in it is the
                # name, or the part of it a list reads ("Forum InformatikerInnen für Frieden")
                before = sentence[max(0, match.start() - 160) : match.start()]
                acronym = _key(match.group(1))
                self.aliases[acronym] = acronym
                item = re.split(r"[,;:()]|\s(?:and|e|y|en)\s", before)[-1]
                for run in _runs(item)[:4]:
                    self.aliases.setdefault(_key(" ".join(run)), acronym)

    def personal(self, name):
        """A name that is, or holds, a person's: "Georgia Toffolo and Hugo Taylor", "CEO Marc
        Benioff", or the surname of someone the article named."""
        parts = [p for p in re.split(r"\s+(?:and|&)\s+|,\s*", name) if p]
        if any(_classify(p, False) == "person" for p in parts):
            return True
        tokens = name.split()
        if any(_norm_tok(t) in _TITLE_TRIGGERS for t in tokens):
            return True
        # "U.S. District Court Judge Gary Sharpe", "former PM Helen Clark", "Skills Development
        # Monte McNaughton": a run that ends in a person's full name names that person, whatever
        # title or office stands before it
        if any(
            _classify(" ".join(tokens[-k:]), False) == "person" for k in (2, 3)[: len(tokens) - 2]
        ):
            return True
        return len(tokens) == 1 and tokens[0].casefold() in self.surnames

    def candidate(
        self, line, sentence, item, role, cue, among_organisations=False, whole=False, listed=False
    ):
        """Keep ``item`` as a mention with ``role``, or reject it with a reason.

        ``among_organisations``: the item stands in a list of organisations, so a name that is
        only shaped like a person's ("Daily Kos", "Common Cause": no given name of the
        dictionary) is taken as one of them, as in a letter's list. ``whole``: the item is
        one name from its first capital on, not a phrase to find a name in. ``listed``: one
        of three or more items, where two capitals are an acronym ("NN, Aegon en Achmea").
        """
        if whole and item[:1].isupper() and len(item.split()) <= 20:
            run = item.split()
        else:
            run = _best_run(item, self.known)
        if not run:
            return
        name = clean_name(" ".join(run))
        known = self.known.exact(name)
        # "NN, Aegon en Achmea": two capitals as written, not "MP's"
        short_acronym = (
            (among_organisations or listed) and _short_acronym(name) and item.strip(" ,.;:") == name
        )
        if not name or (_not_a_name(name) and not short_acronym) or _COUNT_NAME.fullmatch(name):
            return  # "560+", "1.3", "85 Groups": a number read as a name
        if not known and len(name.split()) == 1 and _norm_tok(name) in _ARTICLE_ORG_WORDS:
            return  # "Coalition Calls For Free Public Transport": the noun, not a name
        kind = _classify(name, False)
        shaped_only = among_organisations and kind == "person?"
        if not known and (
            (_looks_personal(run) and kind != "organisation" and not shaped_only)
            or kind not in ("organisation", "person?")
            or self.personal(name)
        ):
            self.withhold(line, name)
            return
        if (
            not known
            and not _org_shaped(name)
            and not _named_in_role(name)
            and not short_acronym
            and not (is_place(name) and _post_of_place(sentence, name))
        ):
            # a name the registry does not know, with no word of an organisation's: kept when
            # the cue names signers or organisers ("joined by Greenpeace and MoveOn"), unless
            # it is a common word, a place or a month
            self.withhold(line, name)
            return
        key = _key(name)
        self.named.add(key)
        if self.seen(key, role, name) and not (role == "organiser" and self.demote(key)):
            return
        self.mentioned[(key, role)] = line
        self.initials[key] = _initials(name)
        self.pending.append(("mention", name, (line, name, role, cue)))

    def list_cues(self, line, sentence):
        matches = list(_LIST_CUE.finditer(sentence))
        goes_on = bool(self.campaign and _GOES_ON.match(sentence))
        context = bool(_CAMPAIGN_CONTEXT.search(sentence)) or goes_on
        starts = _include_starts(sentence) if matches else {}
        listed_until = 0  # the end of a semicolon list: cue words inside it are its names'
        last_role = self.last_role
        for n, match in enumerate(matches):
            if match.start() < listed_until:
                continue
            cue = " ".join(match.group().casefold().split())
            role = _cue_role(
                cue, match.start(), starts, sentence[: match.start()][-60:], self.campaign
            )
            signing = ROLE_CUES.get(cue) == "signatory"
            # "pushbackers, which include A, B": a plural of groups in an article about a
            # campaign (or after a sentence of its paragraph about one: "In een gezamenlijke
            # verklaring vragen ze ... Het gaat onder meer om aandeelhouders als NN, ...")
            # needs no campaign word in its own sentence
            before = sentence[: match.start()][-60:]
            grouped = _GROUP_NOUN_BEFORE.search(before)
            if cue == "als" and not grouped:
                continue  # Dutch "als" is a list cue only after a plural of organisations
            near = self.context_line == line
            # "Der Bits & Bäume Trägerkreis umfasst A, B": the members of an alliance
            grouped = (grouped and (self.campaign or near)) or bool(_MEMBERS_BEFORE.search(before))
            if ROLE_CUES.get(cue) == "context" and grouped and near and role is None:
                role = "signatory"
            if ROLE_CUES.get(cue) == "context":
                role = self.inherited_role(sentence, matches[:n], match, role)
            if ROLE_CUES.get(cue) == "context" and role is None and goes_on:
                role = "signatory"  # "It is also supported by regional bodies such as A": the
                # letter of the sentence before, as "the letter ... including A" would say
            if role is None or not (context or signing or grouped):
                continue
            if ROLE_CUES.get(cue) != "context":
                last_role = role
            if ROLE_CUES.get(cue) == "context" and sentence[: match.start()].rstrip()[-1:] == ",":
                if cue == "like":
                    continue  # "Such companies, like ICE, should not exist": a comparison
            end = matches[n + 1].start() if n + 1 < len(matches) else len(sentence)
            start = match.end()
            lead_in = _LEAD_IN.match(sentence, start, end)
            if lead_in:
                start = lead_in.end()  # "come on board to advocate for this ask: A, B, C"
            shared = _shared_head(sentence[start:end])
            if shared:
                self.candidates(line, sentence, shared, role, cue, whole=True)
                continue
            if _semicolon_list(sentence[match.end() : end]):
                # each item between semicolons is one name, "and", "with" and all ("Latin
                # American Network for Economic and Social Justice", "Development
                # Alternatives with Women for a New Era"), whatever cue words it holds
                end = min(len(sentence), match.end() + _LONG_WINDOW)
                listed_until = end
                items = _list_items(sentence[match.end() : end])
                parts = []
                for item in items:
                    item = _AMONG_OTHERS.sub("", item).rstrip(" .")
                    parts.extend(_shared_head(item) or [item])
                self.candidates(line, sentence, parts, role, cue, whole=True)
                continue
            end = min(end, start + _WINDOW)
            parts = _split_list(_clause_end(_list_items(sentence[start:end])), self.known)
            self.candidates(line, sentence, parts, role, cue)
        self.last_role = last_role
        if context:
            self.context_line = line

    def inherited_role(self, sentence, earlier, match, role):
        """The role of an "include" list that describes a group another cue named.

        "sponsored by a coalition of ... groups, including A, B": the coalition is not named,
        so A and B are the sponsors (an organiser cue's role); "compiled by Lead X, a
        coalition ... that includes A, B": the coalition is named, A and B are its members
        (partners); "Other groups include A, B" after "X, along with 70 organizations,
        launched ...": the earlier sentence's groups, in the role its cue gave them.
        """
        # the last few cues before this one only, and the text just before it: a sentence of
        # thousands of cues stays linear
        recent = earlier[-_LOOK_BACK:]
        cues = [m for m in recent if ROLE_CUES.get(_cue_key(m)) not in (None, "context")]
        if cues:
            between = sentence[cues[-1].end() : match.start()].lstrip(" :")
            if _ARTICLE_START.sub("", between)[:1].isupper():
                return "partner"
            if ROLE_CUES[_cue_key(cues[-1])] == "organiser":
                return "organiser"
        before = sentence[max(0, match.start() - _WINDOW) : match.start()]
        if _OTHER_GROUPS.search(before) and self.last_role:
            return self.last_role
        return role

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
            closing = " ".join(before.casefold().strip(" ,:").split()) in _SALUTATIONS
            if leads_in and (_SIGNING_WORD.search(before) or closing):
                signed.add(block)  # "Signed by the following:", "Sincerely,"
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
                name = _TRAILING_ACRONYM.sub("", entry.name) or entry.name
                self.result.mentions.append(
                    Mention(entry.line, name, "signatory", entry.raw, f"listed under {heading}")
                )

    def demote(self, key):
        """Drop the earlier mention of an organisation found organising later, if it was a
        signatory's or a partner's: "Gemeinsame Pressemitteilung Bits & Bäume, BUND, ..."
        then "Das Bündnis Bits & Bäume kritisiert ...": the one that organises is the
        organiser, whoever else signed with it. True when a mention was dropped."""
        alias = self.aliases.get(key)

        def same(name):
            return same_key(_key(name), key, alias, self.aliases)

        earlier = [k for k in self.mentioned if same_key(k[0], key, alias, self.aliases)]
        if not earlier or any(role == "organiser" for _, role in earlier):
            return False
        for k in earlier:
            del self.mentioned[k]
        self.result.mentions = [m for m in self.result.mentions if not same(m.name)]
        self.pending = [p for p in self.pending if not (p[0] == "mention" and same(p[1]))]
        return True

    def seen(self, key, role, name=""):
        """The organisation has a mention already: in this role, or in any role when a name
        and its acronym meet ("BUND" in the heading, "Bund für Umwelt und Naturschutz
        Deutschland (BUND)" in the list of members). One organisation, one mention: the
        first role found stands."""
        if any(k == key for k, _ in self.mentioned):
            return True
        alias = self.aliases.get(key)
        if alias is not None and any(self.aliases.get(k) == alias for k, _ in self.mentioned):
            return True
        # "FFTF" in the headline, "Fight-for the Future" in the text: a name and the acronym
        # of all its words
        initials = _initials(name)
        return any(k == initials or self.initials.get(k) == key for k, _ in self.mentioned)

    def attribution_lines(self, lines):
        """Members quoted in a release, each quote followed by a line that says who spoke:
        "Sofia Scasserra, chercheuse associée, Transnational Institute (TNI), Argentine".

        The line after a paragraph that is one quotation, short, in parts parted by commas:
        a person, a post, the organisation, a country. The organisation is the last part
        that is neither a country nor a post in lower case; "A (X) and B", "A / B" are two.
        Three such lines or more make the document a network's release of its members'
        statements, and the organisations its partners; fewer are left to the sentences.
        An academic affiliation ("Université d'Auckland") is where a person works, not a
        member.
        """
        acronyms = set()
        for number, text, name in attributed_names(lines):
            acronym = PAREN_ACRONYM.search(name)
            name = clean_name(PAREN_ACRONYM.sub("", name))
            if acronym and acronym.group(1) in acronyms:
                continue  # "Indonesia for Global Justice (IGJ)" named again in another form
            if acronym:
                acronyms.add(acronym.group(1))
            if not name or self.personal(name) or ACADEMIC.search(name):
                continue
            key = _key(name)
            self.named.add(key)
            if (key, "partner") in self.mentioned:
                continue
            self.mentioned[(key, "partner")] = number
            evidence = self.redact(text, protect=[name])
            self.result.mentions.append(
                Mention(number, name, "partner", evidence, "a quoted member's attribution")
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
                line,
                sentence,
                part,
                role,
                cue,
                among_organisations=others >= 2,
                whole=whole,
                listed=len(parts) >= 3,
            )

    def coalition_cues(self, line, sentence):
        """ "Das Bündnis F5 aus AlgorithmWatch, ... und Wikimedia Deutschland begrüßt": an
        alliance by name (its organiser) and the organisations it is made of (signatories of
        what it says)."""
        speaks = _ALLIANCE_SPEAKS.search(sentence[:300])
        if speaks and not _COALITION_OF.match(sentence, speaks.start("noun")):
            name = speaks.group("name").rstrip(" &")
            named = any(k == _key(name) for k, _ in self.mentioned)
            if speaks.group("noun")[:1].isupper() and not named:
                name = f"{speaks.group('noun')} {name}"  # "Bündnis F5", unless named as "F5"
            self.candidate(line, sentence, name, "organiser", "the alliance …", whole=True)
        for match in _COALITION_OF.finditer(sentence):
            name = match.group("name")
            if match.group("noun")[:1].isupper():
                name = f"{match.group('noun')} {name}"  # German: "Bündnis F5" is the name
            self.candidate(line, sentence, name, "organiser", "alliance … of", whole=True)
            end = min(len(sentence), match.end() + _WINDOW)
            items = _clause_end(_list_items(sentence[match.end() : end]))
            parts = _split_list(items, self.known)
            self.candidates(line, sentence, parts, "signatory", "alliance … of")

    def effort_cues(self, line, sentence):
        """ "Groups Join FFTF Effort to ...", "a Fight for the Future-led effort": whose the
        effort is, its organiser."""
        for pattern, cue in ((_JOIN_EFFORT, "join … effort"), (_LED_EFFORT, "…-led effort")):
            for match in pattern.finditer(sentence[: 4 * _WINDOW]):
                self.candidate(line, sentence, match.group("name"), "organiser", cue, whole=True)

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
        for pattern in (_AMONG, _ALSO_SIGNED, _BOTH_SIGNED):
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
                if not _is_number(match.group("number")):
                    continue
                # "het Wereld Natuur Fonds, Natuurmonumenten en zestig andere ...": the names
                # listed before, the last touching the conjunction
                items = []
                left = _left(sentence, match.start())
                for item in reversed(left.split(", ")[-12:]):
                    run = self.touching_run(item, len(item))
                    if not run:
                        break
                    if _ARTICLED.sub("", item).split() != run:
                        # the first of the list, after its verb ("Daarvoor pleiten het Wereld
                        # Natuur Fonds"); not one word after a preposition ("In March")
                        if len(run) >= 2 or _org_shaped(run[0]) or not items:
                            items.append(run)
                        break
                    items.append(run)
                for run in reversed(items):
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


def _lists_after_cues(sentences):
    """A line that ends with a list cue ("Der Bits & Bäume Trägerkreis umfasst", "Members
    include:") and the list on the next line, "A (X), B, C, ...", are one sentence."""
    out = []
    for line, sentence in sentences:
        if out and out[-1][0] != line and sentence.count(",") >= 2 and _ends_with_cue(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip(' :')} {sentence}")
        else:
            out.append((line, sentence))
    return out


def _ends_with_cue(sentence):
    tail = sentence.rstrip(" :")[-40:]
    return any(match.end() == len(tail) for match in _LIST_CUE.finditer(tail))


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
    sentences = _lists_after_cues([(n, s) for n, s in split_sentences(lines) if n not in chrome])
    builder = _ArticleBuilder(sentences, known, keep_personal_names)
    # the article reports on a letter or campaign: "the union includes A, B" names signers
    builder.campaign = any(
        (_CAMPAIGN_CONTEXT.search(s) and _SIGNING_WORD.search(s)) or _organises(s)
        for _, s in sentences
    )
    builder.embedded_list(lines, known)
    builder.attribution_lines(lines)
    for line, sentence in sentences:
        builder.list_cues(line, sentence)
        builder.coalition_cues(line, sentence)
        builder.descriptor_cues(line, sentence)
        builder.effort_cues(line, sentence)
        builder.campaign_name_cues(line, sentence)
        builder.subject_cues(line, sentence)
        builder.target_cues(line, sentence)
        builder.count_cues(line, sentence)
        builder.flush(sentence, builder.known_without_role(line, sentence))
    return builder.finish()
