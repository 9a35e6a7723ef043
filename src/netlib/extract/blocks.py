"""Letters: where the signatory blocks are (after a cue, under a heading, or a whole list)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netlib.extract.lines import (
    _ADDRESSEE_CUE,
    _ALSO_SIGNED,
    _APPENDIX_REASON,
    _CLOSED_REASON,
    _MORE_SIGNERS,
    _SENTENCE_END,
    _SIGNING_WORD,
    ASTERISK_NOTE_REASON,
    _lower_ratio,
)
from netlib.extract.names import _capital_surname_first, _classify, _logo_name, _split_head
from netlib.extract.words import _HEADING_NOUNS, _PERSON_HEADINGS, _words

__all__ = ["MAX_NOTES_BETWEEN", "MAX_PROSE_AFTER_SIGNED", "MIN_RUN", "letterheads"]


@dataclass
class _Block:
    heading: str | None
    person_default: bool
    lines: list[int] = field(default_factory=list)  # indices of non-blank lines in the block
    inline: dict[int, str] = field(default_factory=dict)
    notes: list[int] = field(default_factory=list)  # remarks between this block and the last
    run_on: bool = False  # a letterhead: names run on in lines, parted by dashes
    behalf: int | None = None  # the heading line naming whom the people below sign for


def _close(block, infos, blocks):
    if block is None:
        return
    while block.lines and infos[block.lines[-1]].kind == "soft":
        if infos[block.lines[-1]].reason == ASTERISK_NOTE_REASON:
            break  # "*list updated on 6 March": a note on the list, kept with it
        block.lines.pop()  # furniture after the last name is not part of the list
    if block.lines:
        blocks.append(block)


# "epicenter.works", "fullhyd.com": an organisation known by its web address
_DOMAIN_NAME = re.compile(r"[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,62}){0,4}\.[A-Za-z]{2,12}")


_FIELD_SEP = re.compile(r"\s\|\s")


def _name_like(info):
    """An entry shaped like a name in a list: short, capitalised, no sentence in it.

    Wrapped lines of prose from a PDF ("Treasury to include a chapter on gender") and
    fragments ("in the budget") are not; a run of these does not make a list.
    """
    if info.unit is not None:
        return True
    text = info.clean
    words = text.split()
    # a line of columns ("Name, Post | Organisation | Contact: ...") is judged by its fields
    longest = max(len(f.split()) for f in _FIELD_SEP.split(text)) if " | " in text else len(words)
    if not words or longest > 14 or len(words) > 40 or text.endswith((":", ",")):
        return False
    if _logo_name(text) is not None or (len(words) == 1 and _DOMAIN_NAME.fullmatch(text)):
        return True  # "18mr logo", "media-justice", "epicenter.works": a label or a slug
    if info.raw_marked and _capital_surname_first(_split_head(text)[0].split()):
        # "- BOGUCKI Thomas, technicien informatique, Université de Lille": a person, their
        # post and institution, however many lower-case words the post has
        return True
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


# Words of a sentence that introduces a list: "We are concerned citizens from NGOs around
# Europe", "The coalition joining the comments is comprised of:"
_LIST_WORDS = _HEADING_NOUNS | _words("ngos ngo coalition coalitions undersigned stakeholders")
#: The first list's introduction is a short paragraph: at most this many words.
MAX_LEAD_IN_WORDS = 60


def _lead_in(infos, info, pending_heading, first):
    """The line of prose that introduces the list starting at ``info``, or ``None``: a
    sentence ending with a colon ("Among the organisations taking part are:"), before the
    list or before the heading above it; a paragraph between a heading and its list; or,
    before the document's first list, a short paragraph that speaks of organisations."""
    before = _previous(infos, info)
    if before is None:
        return None
    heading = None
    if infos[before].kind == "cue" and infos[before].inline is None:
        heading, before = before, _previous(infos, infos[before])
        if before is None:
            return None
    prose = infos[before]
    if prose.kind != "prose":
        return None
    if prose.colon and (pending_heading is None or heading is not None):
        return before
    if heading is None and pending_heading is None:
        above = _previous(infos, prose)
        if above is not None and infos[above].kind == "cue" and infos[above].weak:
            return before  # "## Stakeholders" / a paragraph about them / the list
    if first and heading is None and pending_heading is None:
        words = prose.clean.casefold().split()
        if len(words) <= MAX_LEAD_IN_WORDS and {w.strip(".,;:()") for w in words} & _LIST_WORDS:
            return before
    return None


def _above_prose(infos, info):
    """The next non-blank line after ``info`` is prose."""
    following = next((i for i in infos[info.index + 1 :] if i.kind != "blank"), None)
    return following is not None and following.kind == "prose"


def _new_document(block, info, infos):
    """A page opens with a line three times as long as the block's entries (in words, and
    at least nine words): the list on the page before has ended."""
    if info.kind != "item" or not block.lines:
        return False
    sizes = sorted(len(infos[i].clean.split()) for i in block.lines if infos[i].kind == "item")
    if not sizes:
        return False
    typical = sizes[len(sizes) // 2]
    return len(info.clean.split()) >= max(9, 3 * typical)


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
            # "Other signatories", "also signed by": a list came first
            and not _MORE_SIGNERS.match(i.clean or "")
            and not (len((i.clean or "").split()) <= 12 and _ALSO_SIGNED.search(i.clean or ""))
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
    closed = False  # under "Featuring:" or "Media contact:": no run is a list until a cue
    for info in infos:
        if info.kind == "blank":
            continue
        if info.kind == "soft" and info.reason == ASTERISK_NOTE_REASON and current is not None:
            # "*list updated on 6 March 2025": the note under the list ends it
            current.lines.append(info.index)
            _close(current, infos, blocks)
            current, pending, gap = None, None, []
            continue
        if info.page != page:
            if page is not None and current is not None and _new_document(current, info, infos):
                # the signatures end with their page: what the next page opens with is a
                # title or a heading far longer than any signature ("Criminal Code
                # Amendment (Sharing of Abhorrent Violent Material) Act 2019"), an attachment
                _close(current, infos, blocks)
                current, pending, gap, appendix = None, None, [], True
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
            current, gap, closed = None, [], False
            prose_since = 0  # the prose before a cue is the letter's, not an appendix
            section_people = info.person_default
            if info.inline is not None:
                current = _Block(None, False, [info.index], {info.index: info.inline})
                pending = None
            else:
                heading = info.heading
                if heading is None and pending is not None and info.weak is False and info.clean:
                    heading = pending[0]  # a table header under a heading keeps the heading
                pending = (heading, info.person_default, info.weak)
                if appendix and info.unit is None and not _SIGNING_WORD.search(heading or ""):
                    pending = None  # "companies" in an attached table: no list of signers
            continue
        if info.kind in ("hard", "salutation"):
            section_people = False
        if info.kind == "salutation":
            appendix = False  # an appendix that is a letter: its closing signs
        if info.kind == "hard" and info.reason == _APPENDIX_REASON:
            appendix = True  # only a list under its own heading signs after this
        if info.kind == "hard" and info.reason == _CLOSED_REASON:
            closed = True
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
            if (
                pending is not None
                and not blocks
                and runs[info.index] < 2
                and _above_prose(infos, info)
            ):
                pending = None  # the page's title above a sentence: no list of one line
            if pending is not None and pending[2] and runs[info.index] < 2:
                pending = None  # a section heading above prose or one line: not a list
            if pending is not None and pending[2] and info.index <= head_end:
                pending = None  # the page's title above the addressee: nothing signs there
            if pending is not None and pending[2] and first_signed and info.index < first_signed:
                # "Copy of letter to Prime Minister:" above the addressee, in a letter that
                # says further down where its signatures are ("Signed,")
                pending = None
            if pending is None:
                outside = (
                    appendix
                    or closed
                    or (
                        first_signed is not None
                        and (info.index < first_signed or prose_since >= MAX_PROSE_AFTER_SIGNED)
                    )
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
            lead_in = _lead_in(infos, info, pending[0], not blocks)
            if lead_in is not None:
                # the sentence that introduces the list is accounted for as a heading line;
                # it names no heading, as it need not say that the list signs ("Here is a
                # list of the contractors:")
                infos[lead_in].kind = "cue"
                gap = [i for i in gap if i != lead_in]
                other = _previous(infos, infos[lead_in])
                if (
                    other is not None
                    and infos[other].kind == "prose"
                    and (above := _previous(infos, infos[other])) is not None
                    and infos[above].kind == "cue"
                ):
                    # the same introduction in a second language, between heading and list
                    infos[other].kind = "cue"
                    gap = [i for i in gap if i != other]
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
    for block in blocks:
        _introduction(infos, block)
    return blocks


def _introduction(infos, block):
    """A paragraph between a section's heading and the cue of its list ("## Founding
    organizations" / "The idea of ... gained momentum ..." / "Six organizations collaborated
    to form I4OC:"): it introduces the list, so it is accounted for as a heading line."""
    cue = _previous(infos, infos[(block.notes or block.lines)[0]])
    if cue is None or infos[cue].kind != "cue":
        return
    prose = _previous(infos, infos[cue])
    if prose is None or infos[prose].kind != "prose":
        return
    heading = _previous(infos, infos[prose])
    if heading is not None and infos[heading].kind == "cue" and infos[heading].weak:
        infos[prose].kind = "cue"


# "Clean Water Action – Earthjustice – Environment America", "Brooklyn Action Corps •
# Eastmoreland Neighborhood Association • ...": names run on in a line, parted by spaced
# dashes or bullets, as in a coalition's letterhead ("Name – Country" has one dash)
_RUN_ON_DASH = re.compile(r"(?<=\S)\s{1,3}[–—•·]\s{1,3}(?=\S)")
#: A letterhead has at least this many lines with two separators or more.
MIN_LETTERHEAD_LINES = 2


def run_on_dashes(text):
    """How many spaced dashes part the names of ``text``."""
    return len(_RUN_ON_DASH.findall(text))


def letterheads(infos, blocks):
    """Runs of lines outside every block where names run on, parted by dashes: a coalition's
    letterhead above its letter, wrapped over lines. A run is consecutive entry lines (no
    blank, remark or prose between them) of which at least :data:`MIN_LETTERHEAD_LINES`
    hold two separators or more and two in three hold one. Returns a list of index lists,
    in document order.
    """
    taken = {i for b in blocks for i in (*b.notes, *b.lines)}
    found, run = [], []

    def close():
        dashes = [run_on_dashes(infos[i].clean) for i in run]
        several = sum(1 for d in dashes if d >= 2)
        if several >= MIN_LETTERHEAD_LINES and 3 * sum(1 for d in dashes if d) >= 2 * len(run):
            found.append(run)

    for info in infos:
        if info.kind == "item" and info.unit is None and info.index not in taken:
            run.append(info.index)
            continue
        if run:
            close()
            run = []
    if run:
        close()
    return found
