"""Letters: who signs for whom — a person beside or above the organisation they sign for, a
heading that names it, a closing with no list under it."""

from __future__ import annotations

import re
from functools import cache

from netlib.extract.blocks import _previous
from netlib.extract.names import _classify, _norm_tok, _split_head
from netlib.extract.words import _HEADING_WORDS
from netlib.vocabulary import entries as vocabulary_entries
from netlib.vocabulary import words as vocabulary_words

__all__ = ["signs_for"]


def signs_for(line):
    """The rejection reason of a person who signs for the organisation on ``line``."""
    return f"signs for the organisation on line {line}"


# "Daniel Barlow for Liminix", "Jane Roe pour Framasoft": a person, then whom they sign for
_FOR_PERSON = re.compile(
    r"(?P<person>[^\s].{2,60}?)\s(?:for|pour|für|por|para|per)\s(?P<name>[A-Z0-9].{1,200})"
)


def _person_then_organisation(text):
    """``(person, organisation)`` for a line of columns whose first field is a person's
    signature ("Dr Julian Freidin, President") and whose next one names an organisation; the
    fields after it (a contact) are not signers. ``None`` otherwise."""
    fields = [f.strip() for f in text.split(" | ") if f.strip()]
    if len(fields) < 2 or _classify(fields[0], False) != "person":
        return None
    if _classify(fields[1], False) != "organisation" or not fields[1][:1].isupper():
        return None
    if _CONTACT_FIELD.match(fields[1]):
        return None
    # "College of Physicians  Contact: Prof Paul Komesaroff": the contact is no part of it
    organisation = _CONTACT_IN_FIELD.split(fields[1], maxsplit=1)[0].strip(" ,;")
    return fields[0], organisation


def _signing_fields(block, infos):
    """The lines of a block that give a person and the organisation they sign for in columns
    (:func:`_person_then_organisation`): all of them when at least half of those whose
    person has a post hold a post of ``vocab/leader_posts.txt`` ("President", "Coordinator"):
    leaders sign for their organisations, as an affiliation beside a "Professor" does not;
    else none."""
    found, posts, leaders = set(), 0, 0
    for index in block.lines:
        text = infos[index].clean
        fields = _person_then_organisation(text) if " | " in text else None
        if fields is None:
            continue
        found.add(index)
        post = _split_head(fields[0])[1]
        if post:
            posts += 1
            leaders += any(_norm_tok(w) in _LEADER_POSTS for w in post.split())
    if not found or (posts and 2 * leaders < posts):
        return set()
    return found


_LEADER_POSTS = vocabulary_words("leader_posts")
_CONTACT_FIELD = re.compile(r"(?:contact|tel|phone|email|e-mail|fax|mobile)\b", re.IGNORECASE)
_CONTACT_IN_FIELD = re.compile(
    r"\s(?:contact|tel|phone|email|e-mail|fax|mobile)\s?:", re.IGNORECASE
)


def _person_for(name):
    """``(person, organisation)`` for a person's name, "for" and an organisation's name."""
    match = _FOR_PERSON.fullmatch(name)
    if match is None or _classify(match["person"], False) != "person":
        return None
    return match["person"], match["name"]


def _furniture_after_closing(infos):
    """In a letter where no block is found, the furniture lines just after its last cue
    ("Respectfully submitted," then "[Download letter and list of organizations]"): they
    stand where the list would be, so they are accounted for, rejected with their reason.
    The run stops at the first line that is not furniture."""
    last_cue = next((i for i in range(len(infos) - 1, -1, -1) if infos[i].kind == "cue"), None)
    if last_cue is None:
        return []
    found = []
    for info in infos[last_cue + 1 :]:
        if info.kind == "blank":
            continue
        if info.kind != "soft":
            break
        found.append(info)
    return found


# "Für Health for Future Göttingen:", "On behalf of the Sikh Coalition:"
@cache
def _behalf_cues():
    # longest first, so that "on behalf of" is tried before "for"
    return sorted(vocabulary_entries("on_behalf_cues"), key=len, reverse=True)


_LEADING_ARTICLE = re.compile(r"(?i:the|die|der|das|le|la|les|l'|el|los|las|o|a|il|lo|de)\s+")


def _behalf_of(heading, raw):
    """The organisation a heading says the people below sign for ("**Für Health for Future
    Göttingen:**" -> "Health for Future Göttingen"), or ``None``: a phrase of
    ``vocab/on_behalf_cues.txt``, then a capitalised name of an organisation (not "the
    undersigned organisations"), and a colon at the end."""
    if not heading or not raw.strip(" *_#|").endswith(":") or len(heading) > 150:
        return None
    folded = heading.casefold()
    for cue in _behalf_cues():
        if folded.startswith(cue + " "):
            name = heading[len(cue) :].strip(" :")
            break
    else:
        return None
    bare = _LEADING_ARTICLE.sub("", name, count=1) if _LEADING_ARTICLE.match(name) else name
    if not bare[:1].isupper() or _classify(bare, False) != "organisation":
        return None
    if all(w.strip(".,()").casefold() in _HEADING_WORDS for w in bare.split()):
        return None  # "For the Signatories:", "Für die Unterzeichnenden Organisationen:"
    return name


def _signed_for(blocks, infos, raw):
    """Each block under a heading that names whom its people sign for: the heading's line
    is the block's ``behalf``, and ``{block number: organisation's name}``."""
    found = {}
    for number, block in enumerate(blocks):
        if block.run_on or block.notes:
            continue
        before = _previous(infos, infos[block.lines[0]])
        if before is None or infos[before].kind != "cue" or infos[before].inline is not None:
            continue
        name = _behalf_of(infos[before].heading or infos[before].clean, raw(before))
        if name is not None:
            block.behalf = before
            found[number] = name
    return found
