"""The parser's in-code word lists (generic words only: no organisation is named here).

Longer lists, and the ones a curator may extend, are files under ``vocab/`` read through
:mod:`netlib.vocabulary`; the short ones the code's logic leans on are written here.
"""

from __future__ import annotations

import re

from netlib.vocabulary import words as words_of

__all__ = []  # private to the parser: its sibling modules import what they need


def _words(text):
    return frozenset(text.split())


# Nouns and adjectives that make a phrase an organisation, or at least not a personal name.
_ORG_WORDS = _words(
    """
    project projects network networks union unions fellowship coalition coalitions foundation
    foundations center centre centers centres centro institute institutes institution
    institutions alliance alliances committee committees council councils league leagues lives
    justice future privacy action actions fund funds group groups association associations
    society societies campaign campaigns organization organisation organizations organisations
    org inc llc ltd plc corp corporation company companies co cooperative coop collective
    collaborative partnership partners initiative initiatives watch press media news
    university college school schools academy department office agency board bureau commission
    library libraries guild caucus communities community families federation assembly club
    clinic law legal lawyers attorneys advocates advocacy defense defence defenders policy
    progress freedom freedoms democracy peace power united unidos unidas together forward voice
    voices solidarity resistance change chapter mission ministry ministries church churches
    temple synagogue mosque masjid congregation services service trust lab labs rights
    liberties liberty workers tenants youth students voters citizens immigrants immigrant
    refugees refugee women people friends sisters brothers hermanos hermanas familias mujeres
    trabajadores casa raza movement matter matters systems system observatory monitor
    watchdog accountability transparency oversight responsibility reform relief aid support
    equality equity inclusion dignity empowerment development education research studies
    health housing homeless environmental climate earth food labor labour employees business
    businesses investments investors capital ventures consulting solutions holdings
    enterprises global world worldwide party front team circle house home hub space
    organizing organising resources response sanctuary shelter care council's network's
    technology technologies tech digital data internet electronic online public civil human
    national international american americans muslim muslims jewish christian catholic
    islamic interfaith faith black latino latina latinx asian arab indigenous native
    progressive progressives
    """
)

# Words that never occur inside a personal name (articles, prepositions, pronouns, ...).
_BLOCKERS = _words(
    """
    of for the and & on in at to a an as with against without from by our we us your their its
    is are not no all entre por para con und fur für into over under about this that these
    those my me i you it
    """
)

# Common words that head or qualify organisation names but are not personal names.
_COMMON = _words(
    """
    now new free open real fair make end demand fight restore rising start starting stop
    ban save defend protect build act unite one two three first second third
    monday tuesday wednesday thursday friday saturday sunday january february september
    october november december
    city county state states bay area valley north south east west northern southern eastern
    western central san santa los las saint st fort mount lake river island islands coast
    america usa uk nyc dc police patrol enforcement customs immigration border times post
    journal tribune herald army navy court congress senate security homeland
    some many most several last late earlier recently among when while after before if but yet
    however meanwhile other both each every such next his her he she they them said says told
    read recommended government information
    """
)

# Job titles: a line made of these is part of a person's signature, not a signatory.
_TITLE_TRIGGERS = _words(
    """
    professor director executive president founder co-founder cofounder chair chairman
    chairwoman chairperson co-chair ceo cfo coo cto coordinator organizer organiser manager
    lecturer attorney pastor rabbi imam dean chief editor author journalist scientist engineer
    consultant secretary treasurer trustee counsel spokesperson minister chancellor provost
    senator councilmember mayor commissioner researcher fellow student candidate phd
    """
) | words_of("job_titles")
_TITLE_OR_BODY = words_of("job_titles_or_bodies")
_TITLE_WORDS = _TITLE_TRIGGERS | _words(
    """
    vice senior associate assistant deputy general head lead staff board member members
    emeritus emerita adjunct visiting distinguished postdoctoral doctoral officer operating
    managing
    of and the & program policy communications development
    """
)

_NOT_NAME = _ORG_WORDS | _BLOCKERS | _COMMON | _TITLE_WORDS
# Words of organisation names that are also common given names or surnames ("Jane Black",
# "Faith Power"): they do not stop a phrase from being a personal name by themselves.
_NAMELIKE = _words(
    """
    black white green brown power house home church temple law press watch trust mission
    lake river bay hill park field young rich love hope faith grace joy king ford fair
    """
)

_HONORIFICS = _words(
    """
    dr mr mrs ms mx prof professor rev reverend rabbi imam pastor father fr sister hon
    honorable senator sen rep representative councilmember councilwoman councilman mayor judge
    bishop sheikh sir dame president governor gov rt honourable a/prof assoc/prof a/professor
    """
)
# Honorifics that only ever precede a person's name, whatever follows it.
_STRONG_HONORIFICS = _words("mr mrs ms mx dr hon honorable honourable rt sen rep senator")
_NAME_SUFFIXES = _words(
    "phd ph.d md m.d esq jd j.d mph rn jr sr ii iii iv mba msw lcsw edd ed.d"
) | words_of("post_nominals")
# "Emeritus Professor Joseph A. Camilleri", "Associate Professor Debra King"
_PROFESSOR_RANKS = _words("emeritus associate assistant distinguished adjunct visiting")
_NAME_PARTICLES = _words("de la del van von der den da di du le bin ibn zum zur ter ten dos das")
# German and Austrian degrees after "Dr." ("Dr. med. Anna Beispiel", "Dr. rer. nat. A. B."):
# part of the title, so what follows is read as the name
_DEGREE_AFTER_DR = re.compile(
    r"\A((?:Prof\.?\s+)?Dr\.?)\s+(?:(?:med|rer\.?\s*nat|rer\.?\s*pol|phil|jur|h\.?\s*c|dent|vet)\b\.?"
    # "Dr. (Agr. For. Sci.) Helvi Heinonen-Tanski": the field of the doctorate in brackets
    r"|\([^()]{1,40}\))\s*,?\s*"
)
_COMPANY_SUFFIXES = _words(
    "inc inc. llc l.l.c. ltd ltd. corp corp. co. plc pbc p.c. gmbh s.a. lp llp"
    # Mexican "asociación civil" and "sociedad civil", German "eingetragener Verein"
    " a.c. a.c s.c. e.v. e.v"
)
# Periods that belong to the name ("Starting Over, Inc.").
_KEEP_PERIOD = _words(
    "inc ltd co corp jr sr st bros assn assoc dept intl natl no plc ave mt ft ph.d"
    # legal forms abroad: Portuguese crl/lda, Brazilian ltda, German e.V. and gGmbH, ...
    " crl lda ltda e.v ev ggmbh gmbh sarl asbl vzw s.a s.l s.l.u s.r.l srl a.c"
)

# Heading vocabulary ("National organizations", "State and local groups", "International").
_HEADING_NOUNS = _words(
    """
    organizations organisations organization organisation groups signers signatories
    signatory endorsers endorsements supporters partners individuals individual members
    co-signers cosigners businesses companies institutions academics scholars experts
    researchers faculty affiliates chapters allies unions congregations sponsors co-sponsors
    cosponsors
    """
) | words_of("heading_nouns")
_HEADING_SCOPES = _words(
    "national state local regional international statewide nationwide global"
) | words_of("heading_scopes")
_HEADING_WORDS = (
    _HEADING_NOUNS
    | _HEADING_SCOPES
    | _words(
        """
        and & or other additional federal tribal community community-based faith faith-based
        labor religious civil rights environmental u.s. us us-based u.s.-based european
        canadian coalition list of the signed endorsed co-signed cosigned by endorsing supporting
        organizational organisational institutional grassroots allied
        """
    )
    | words_of("heading_connectors")
)
_PERSON_HEADINGS = _words(
    "individuals individual academics scholars experts researchers faculty people employees workers"
)


_ARTICLE_ORG_WORDS = words_of("article_org_words")
