"""Articles put together: :func:`parse_article` gives mentions, counts and targets."""

from __future__ import annotations

import re

from netlib.extract.counts import _ORG_UNITS, _PEOPLE_UNITS, _counts
from netlib.extract.entries import _not_a_name
from netlib.extract.letter import parse_letter
from netlib.extract.lines import _SALUTATIONS, _SIGNING_WORD
from netlib.extract.mentions import (
    _ALSO_SIGNED,
    _AMONG,
    _AMONG_OTHERS,
    _AND_OTHERS,
    _BY_DESCRIPTOR,
    _CALLED,
    _CAMPAIGN_CONTEXT,
    _CAMPAIGN_NOUN,
    _DEMAND_VERB,
    _GROUP_NOUN_BEFORE,
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
    _runs,
    _semicolon_list,
    _split_and,
    _subject,
)
from netlib.extract.names import _ACRONYM, _classify, _key, _norm_tok, _org_shaped, clean_name
from netlib.extract.redaction import _WITHHELD, _Redactor
from netlib.extract.results import ArticleResult, Mention, Rejection, ReportedCount, TargetMention
from netlib.extract.sentences import _CAMEL, _is_chrome, split_sentences
from netlib.extract.words import _BLOCKERS, _COMMON, _HONORIFICS, _TITLE_TRIGGERS
from netlib.resolve.places import is_place
from netlib.text.known_names import _known_index, _match_tokens

__all__ = ["parse_article"]

_NOT_ORG = "not recognisably an organisation (withheld)"


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
        # "U.S. District Court Judge Gary Sharpe", "former PM Helen Clark", "Skills Development
        # Monte McNaughton": a run that ends in a person's full name names that person, whatever
        # title or office stands before it
        if any(
            _classify(" ".join(tokens[-k:]), False) == "person" for k in (2, 3)[: len(tokens) - 2]
        ):
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
