"""Letters put together: :func:`parse_letter` turns every block line into entries or rejections."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from netlib.extract.blocks import _RUN_ON_DASH, _Block, _find_blocks, letterheads, run_on_dashes
from netlib.extract.entries import (
    _BULLET_SEP,
    _LEADING_NUMBER,
    _LIST_NUMBER,
    _LONG_LINE,
    _SENTENCE_VERB,
    _STRONG_SEP,
    _abbreviates,
    _among_people,
    _analyse_piece,
    _capital_people,
    _comma_run,
    _continuations,
    _enumerated,
    _expand_chapters,
    _figures_table,
    _is_person_line,
    _not_a_name,
    _numbered_pieces,
    _person_block,
    _person_tails,
    _pieces,
    _representatives,
    _split_mode,
    _stacked_signatures,
)
from netlib.extract.footnotes import footnote_list, strip_addresses
from netlib.extract.lines import FOOTNOTE_REASON, _analyse_line
from netlib.extract.names import _classify, _key, _norm_tok, _split_head
from netlib.extract.redaction import _WITHHELD, redact_people
from netlib.extract.results import Entry, LetterResult, Rejection
from netlib.extract.runon import run_on_names, run_on_numbered
from netlib.extract.signing import (
    _furniture_after_closing,
    _person_for,
    _person_then_organisation,
    _signed_for,
    _signing_fields,
    signs_for,
)
from netlib.extract.words import _BLOCKERS, _words
from netlib.resolve.places import code_tail, split_location
from netlib.text.known_names import _known_index, _match_tokens

__all__ = ["parse_letter"]

_DERIVED = _words(
    """
    of for at in de chapter chapters foundation foundations fund action institute local branch
    affiliate office offices
    """
)
_IMAGE = re.compile(r"\s*(?:[-*+]\s+)?(?:\[?!\[|<img\b)", re.IGNORECASE)  # "![XR](xr.png)"
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


# a list given again in another language has at least this many lines
_MIN_REPEAT = 4
#: how many earlier lists of the same length a repeat is compared with
_RECENT_LISTS = 4


class _LetterBuilder:
    def __init__(self, lines, known, keep_personal_names, units=None):
        self.lines = lines
        self.known = known
        self.keep = keep_personal_names
        self.units = units
        self.entries = []
        self.rejected = []
        self.seen = {}  # key -> first line
        self.signing_for = None  # the line of the organisation a block's people sign for

    def logo_of(self, name, raw):
        """The line of the signer an image's short label abbreviates ("XR" under the list
        naming "Extinction Rebellion Göttingen"): a logo wall that repeats the list."""
        if not _IMAGE.match(raw) or " " in name or len(name) > 8:
            return None
        return next(
            (
                e.line
                for e in self.entries
                if e.kind == "organisation" and _abbreviates(name, e.name)
            ),
            None,
        )

    def position(self, index):
        """``(line, page, row)`` of a unit as a person finds it in the file."""
        if self.units is None:
            return index + 1, None, None
        unit = self.units[index]
        return unit.line, unit.page, unit.row

    def reject(self, index, raw, reason):
        line, page, _ = self.position(index)
        if not self.keep and reason == FOOTNOTE_REASON:
            raw = _WITHHELD  # a footnote cites authors ("Wood, D A (1994)"), whose names no
            # model of given names finds
        elif not self.keep and raw != _WITHHELD:
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
        place=None,
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
        if unit is not None and unit.person and kind in ("person", "organisation", "title", "note"):
            kind = "person"  # the file's own type column: "Irfan Engineer" is no job title
        elif unit is not None and unit.person is False and kind in ("person", "organisation"):
            kind = "organisation"
        if kind == "person" and self.known and self.known.exact(name):
            kind = "organisation"  # the registry knows it as an organisation
        if kind == "empty":
            self.reject(index, raw, "empty entry")
            return
        if kind == "person" and self.signing_for is not None:
            # under "For Health for Future Göttingen:": the organisation signs, its people
            # sign for it
            shown = raw if self.keep else _WITHHELD
            self.reject(index, shown, signs_for(self.signing_for))
            return
        personal = kind in ("person", "note") and not self.keep
        if kind == "note":
            self.reject(index, _WITHHELD if personal else raw, "note in the list, not a signatory")
            return
        if kind == "title":
            self.reject(index, raw, "job title (part of a personal signature)")
            return
        location = unit.location if unit is not None else place
        signed_for = _person_for(name) if kind == "organisation" else None
        if signed_for is not None:
            # "Daniel Barlow for Liminix": the project signs, the person signs for it
            person, name = signed_for
            shown = raw if self.keep else _WITHHELD
            self.reject(index, shown, signs_for(line))
            raw = raw if self.keep else redact_people(raw.replace(person, _WITHHELD))
        if kind == "organisation":
            if _not_a_name(name):
                self.reject(index, raw, "not an organisation's name (a number or a fragment)")
                return
            logo_of = self.logo_of(name, raw)
            if logo_of is not None:
                self.reject(index, raw, f"logo of a signer already listed (line {logo_of})")
                return
            shouted = name.isupper() and len(name.split()) >= 3
            if (
                (name.endswith(("!", "?")) and " " in name)  # "Hollaback!" is a name
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
        # a person and an organisation of one name are two signers (a data file's
        # "Myself" row names the person's institution), and each row a file marks as an
        # individual's is one more person, whatever their affiliation
        key = (kind, _key(f"{name} {location}" if location else name, article=True))
        one_person = kind == "person" and unit is not None and unit.person
        if key in self.seen and not one_person:
            shown = _WITHHELD if kind == "person" and not self.keep else raw
            self.reject(index, shown, f"duplicate of line {self.seen[key]}")
            return
        self.seen.setdefault(key, line)
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

    def translated_repeats(self):
        """A list given again in another language under a bilingual letter ("In solidarity,"
        then "En solidarité,": nine signers each, "Unifor" the seventh in both): as many
        lines as an earlier list, and some at the same place the same name, the rest
        translated. Each line of the repeat is rejected, pointing to the line it translates."""
        lines_of = {}  # block -> its signer lines, entries and rejections, in order
        for entry in self.entries:
            lines_of.setdefault(entry.block, []).append(entry.line)
        duplicates = {}
        for rejection in self.rejected:
            if rejection.reason.startswith("duplicate of line "):
                duplicates[rejection.line] = int(rejection.reason.rsplit(" ", 1)[-1])
        duplicate_lines = sorted(duplicates)
        # The list a repeat translates is one of the few lists of its length just before it:
        # comparing only with those keeps a letter of many small blocks linear.
        recent = {}  # length -> the last _RECENT_LISTS blocks' lines of that length
        translated = {}  # a repeat's line -> the line it translates
        for _, lines in sorted(lines_of.items()):
            lines = sorted(set(lines))
            low = bisect_left(duplicate_lines, lines[0])
            high = bisect_right(duplicate_lines, lines[-1])
            mine = sorted(set(lines).union(duplicate_lines[low:high]))
            earlier = recent.setdefault(len(mine), [])
            for theirs in reversed(earlier) if len(mine) >= _MIN_REPEAT else ():
                same = sum(duplicates.get(b) == a for a, b in zip(theirs, mine, strict=True))
                if 0 < same < len(mine):
                    translated.update(zip(mine, theirs, strict=True))
                    break
            earlier.append(mine)
            del earlier[:-_RECENT_LISTS]
        if not translated:
            return
        kept = []
        for entry in self.entries:
            if entry.line in translated and entry.kind == "organisation":
                reason = f"line {translated[entry.line]} again, in another language"
                raw = entry.raw if self.keep else redact_people(entry.raw)
                self.rejected.append(Rejection(entry.line, raw, reason, entry.page))
            else:
                kept.append(entry)
        self.entries = kept

    def footnote(self, block_no, note):
        """The signers a footnote names (see :func:`footnote_list`): one entry per name, and
        a line where no name starts continues the one before it."""
        first, last, mark, names = note
        block = _Block(f"footnote {mark}", False, list(range(first, last + 1)))
        starts = {}
        for index, written in names:
            self.add(index, strip_addresses(written), block_no, block, ("footnote",), raw=written)
            starts.setdefault(index, index)
        previous = first
        for index in block.lines:
            if index in starts:
                previous = index
                continue
            line = self.position(previous)[0]
            self.reject(index, self.raw(index), f"continues the name on line {line} (wrapped)")
        self.footnote_block = block

    def notes(self, block, infos):
        for index in block.notes:
            reason = infos[index].reason if infos[index].kind == "soft" else ""
            self.reject(
                index, self.raw(index), reason or "a remark inside the list, not a signatory"
            )

    def sender(self, block, infos):
        """The lines of a sender's signature under the list: rejected, a person's withheld."""
        self.notes(block, infos)
        for index in block.lines:
            person = _classify(infos[index].clean, False) in ("person", "person?")
            shown = _WITHHELD if person and not self.keep else self.raw(index)
            self.reject(index, shown, _SENDER_REASON)

    def reject_all(self, block, infos, reason):
        self.notes(block, infos)
        for index in block.lines:
            shown = infos[index].reason if infos[index].kind == "soft" else reason
            self.reject(index, self.raw(index), shown)

    def letterhead(self, block_no, block, infos):
        """A letterhead's names, run on over lines and parted by dashes: one entry per name,
        at the line it starts on; a line that only continues a name is rejected."""
        lines = []
        for index in block.lines:
            # the clean text has lost a dash that ends or opens the line: put it back
            raw, text = self.raw(index).strip(), infos[index].clean
            text = f"– {text}" if raw.startswith(("–", "—")) else text
            lines.append((index, f"{text} –" if raw.endswith(("–", "—")) else text))
        self.run_on_list(block_no, block, infos, run_on_names(lines, _RUN_ON_DASH.split))

    def run_on_list(self, block_no, block, infos, names):
        """Names run on over lines (:func:`run_on_numbered`, :func:`run_on_names`): one entry
        per name, at the line its text starts on; a line where none starts continues the one
        before."""
        self.notes(block, infos)
        starts = set()
        for index, name in names:
            starts.add(index)
            self.add(index, name, block_no, block, ("split-from-line",), raw=name)
        first = block.lines[0]
        for index in block.lines:
            if index in starts:
                first = index
            elif infos[index].kind == "soft":
                self.reject(index, self.raw(index), infos[index].reason)
            else:
                line = self.position(first)[0]
                self.reject(index, self.raw(index), f"continues the name on line {line} (wrapped)")

    def block(self, block_no, block, infos):
        if _figures_table(block, infos):
            self.reject_all(block, infos, _FIGURES_REASON)
            return
        if self.units is None or all(infos[i].unit is None for i in block.lines):
            written = [(i, self.raw(i).strip()) for i in block.lines if infos[i].kind == "item"]
            names = run_on_numbered(written) if len(written) >= 2 else None
            if names is not None:
                self.run_on_list(block_no, block, infos, names)
                return
        pieces_of = {}
        capital_people = _capital_people(block, infos)
        split = _split_mode(block, infos, pieces_of, capital_people)
        block_people = block.person_default or _person_block(block, infos)
        between_people = _among_people(block, infos)  # lines with a person on each side
        among_people = set() if block_people else between_people
        enumerated = _enumerated(block, infos, self.raw)
        tails = {} if split else _person_tails(block, infos)
        continued = {} if split else _continuations(block, infos, enumerated, tails)
        representatives = {} if split else _representatives(block, infos)
        stacked = {} if split or block.person_default else _stacked_signatures(block, infos, tails)
        signing_fields = set() if block.person_default else _signing_fields(block, infos)
        coded = _code_tails(block, infos)
        highest = max(enumerated.values(), default=0)  # once per block: a list may be long
        last_number = 0
        chapter_prefix = None  # "Die Fridays For Future Ortsgruppen A, B," runs on a line
        self.notes(block, infos)
        for index in block.lines:
            info = infos[index]
            people = block_people or index in among_people
            if index in capital_people and info.kind == "item":
                # "BORY Anne, maître de conférences, Université de Lille": one person
                self.add(index, info.clean, block_no, block, kind="person")
                continue
            if info.kind == "soft":
                numbered = _LEADING_NUMBER.match(info.clean) if enumerated else None
                if (
                    numbered
                    and int(numbered.group(1)) == last_number + 1
                    and info.reason == ("postal address, not a signatory")
                ):
                    # "17 Another Brick In The Road" after 16 in a numbered list: the number is
                    # the list's, so no street address
                    last_number += 1
                    name = _LEADING_NUMBER.sub("", info.clean, count=1)
                    self.add(index, name, block_no, block, people=people)
                    continue
                self.reject(index, self.raw(index), info.reason)
                continue
            if index in stacked:
                # "Jim Puckett" / "Executive Director" / "Basel Action Network": the person
                # signs for the organisation below, which is the signatory
                line = self.position(stacked[index])[0]
                person = tails[index][1] if index in tails else self.raw(index)
                if index in tails and index not in continued:
                    head = tails[index][0]  # "Greenpeace Holly Hart": the organisation first
                    self.add(index, head, block_no, block, raw=head, kind="organisation")
                shown = person if self.keep else _WITHHELD
                self.reject(index, shown, signs_for(line))
                continue
            if index in tails and not (index in continued and continued[index] > 0):
                # "Greenpeace Holly Hart", or "Responsibility Alan Reuther" ending a wrapped
                # name: two columns run together, the organisation (or its end) and a signer
                head, person = tails[index]
                if index not in continued:
                    self.add(index, head, block_no, block, raw=head, kind="organisation")
                self.add(index, person, block_no, block, kind="person")
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
                        tails[i][0] if i in tails else infos[i].clean
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
            several = split or index in block.inline or _STRONG_SEP.search(text) or _comma_run(text)
            bulleted = _BULLET_SEP.search(text) is not None
            fields = _person_then_organisation(text) if index in signing_fields else None
            if fields is not None:
                # "Dr Julian Freidin, President | The Royal Australian and New Zealand College
                # of Psychiatrists": the person signs for the organisation beside them
                person, organisation = fields
                line = self.position(index)[0]
                self.add(index, organisation, block_no, block, raw=organisation)
                shown = person if self.keep else _WITHHELD
                self.reject(index, shown, signs_for(line))
                continue
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
            # among people, a name of a person's shape that no dictionary knows is a person
            among = index in between_people and _classify(info.clean, False) == "organisation"
            place = None
            if index in coded and text == info.clean:
                text, place = coded[index]  # "ONE Lowell MA": the state is where, not who
            self.add(
                index,
                text,
                block_no,
                block,
                cleaned=text == info.clean,
                people=people,
                kind="person" if among else None,
                place=place,
            )


#: A block ends names with bare state codes ("Org NY") when this many lines do, and a third.
MIN_CODE_TAILS = 3


def _code_tails(block, infos):
    """``{line: (name, code)}`` for the lines of a block that end with a bare state or
    country code (:func:`netlib.resolve.places.code_tail`), when at least
    :data:`MIN_CODE_TAILS` of its lines and a third of them do: a list that gives each
    signer's state so; one such line alone may be a chapter's name ("Indivisible NJ")."""
    items = [i for i in block.lines if infos[i].kind == "item" and infos[i].unit is None]
    found = {i: tail for i in items if (tail := code_tail(infos[i].clean)) is not None}
    if len(found) < MIN_CODE_TAILS or 3 * len(found) < len(items):
        return {}
    return found


_FIGURES_REASON = "a table of figures, not a list of signatories"
_LETTERHEAD_REASON = (
    "a letterhead above the letter (names run on over lines): its signers are read from "
    "the signatures below"
)
_SENDER_REASON = "the sender's signature under the list (who sent it), not a signatory"
#: A numbered list this long, then a remark, then at most this many unnumbered lines: the
#: last lines are whoever sent the list ("I attest that I have received written
#: authorizations from each signatory." / a name / a company / an address).
MIN_NUMBERED = 10
MAX_SENDER_LINES = 6


def _after_numbered_list(blocks, infos, raw):
    """The number of the last block when it is a sender's signature: a short block with no
    numbers after a remark that follows a long numbered list; else ``None``."""
    if len(blocks) < 2:
        return None
    last, before = blocks[-1], blocks[-2]
    if not last.notes or last.heading is not None or len(last.lines) > MAX_SENDER_LINES:
        return None
    if _enumerated(last, infos, raw) or any(_LIST_NUMBER.match(raw(i)) for i in last.lines):
        return None
    if len(_enumerated(before, infos, raw)) < MIN_NUMBERED:
        return None
    return len(blocks) - 1


def _with_letterheads(blocks, infos, builder):
    """The blocks with each letterhead (:func:`letterheads`) read as one more block, in its
    place; or, when the signatures below it name at least half as many signers as it holds,
    its lines rejected: the signatures are one signer a line, the letterhead's names are
    wrapped and split where a line ends, and the same signers would be read twice.

    Returns ``(blocks, rejected)``: ``rejected`` holds the index lists of the letterheads
    rejected, which are reported as blocks with no entries."""
    runs = letterheads(infos, blocks)
    if not runs:
        return blocks, []
    starts = [b.lines[0] for b in blocks]  # blocks are in document order
    below = [0] * (len(blocks) + 1)  # lines of signatures in the blocks from the k-th on
    for k in range(len(blocks) - 1, -1, -1):
        # signatures name people (who sign, or sign for their organisation); a block
        # without one is something else (a map's labels, a table)
        signed = any(_classify(infos[i].clean, False) == "person" for i in blocks[k].lines)
        below[k] = below[k + 1] + (len(blocks[k].lines) if signed else 0)
    read, rejected = [], []
    for run in runs:
        names = sum(run_on_dashes(infos[i].clean) + 1 for i in run)
        if 2 * below[bisect_right(starts, run[-1])] >= names:
            for index in run:
                builder.reject(index, builder.raw(index), _LETTERHEAD_REASON)
            rejected.append(run)
        else:
            read.append(_Block(None, False, list(run), run_on=True))
    if read:
        blocks = sorted([*blocks, *read], key=lambda b: (b.notes or b.lines)[0])
    return blocks, rejected


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
    blocks, spans = _with_letterheads(blocks, infos, builder)
    sender = _after_numbered_list(blocks, infos, builder.raw)
    behalf = _signed_for(blocks, infos, builder.raw)
    for number, block in enumerate(blocks):
        if number == sender:
            builder.sender(block, infos)
        elif block.run_on:
            builder.letterhead(number, block, infos)
        elif number in behalf:
            builder.add(block.behalf, behalf[number], number, block, kind="organisation")
            builder.signing_for = builder.position(block.behalf)[0]
            builder.block(number, block, infos)
            builder.signing_for = None
        else:
            builder.block(number, block, infos)
    builder.translated_repeats()
    if not blocks:
        after_closing = _furniture_after_closing(infos)
        for info in after_closing:
            builder.reject(info.index, builder.raw(info.index), info.reason)
        if after_closing:
            spans.append([info.index for info in after_closing])
    taken = {i for b in blocks for i in (*b.notes, *b.lines)} | {i for s in spans for i in s}
    numbers = [builder.position(i)[0] for i in range(len(lines))]
    note = footnote_list(lines, taken, numbers)
    if note is not None:
        builder.footnote(len(blocks), note)
        blocks.append(builder.footnote_block)
    first = blocks[0].lines[0] if blocks else len(infos)
    found = next((i.date for i in infos[:first] if i.date), None)
    return LetterResult(
        entries=builder.entries,
        rejected=sorted(builder.rejected, key=lambda r: (r.page or 0, r.line)),
        # the lines looked at for signers, a block each: the blocks, and the letterheads and
        # links where the list would be, all rejected
        blocks=sorted(
            [(builder.position(s[0])[0], builder.position(s[-1])[0]) for s in spans]
            + [
                (
                    builder.position(b.behalf if b.behalf is not None else (b.notes or b.lines)[0])[
                        0
                    ],
                    builder.position(b.lines[-1])[0],
                )
                for b in blocks
            ]
        ),
        date=found[0] if found else None,
        date_precision=found[1] if found else None,
        individuals=sum(1 for e in builder.entries if e.kind == "person"),
        headings=[builder.position(i.index)[0] for i in infos if i.kind == "cue"],
    )
