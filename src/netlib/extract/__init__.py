"""Letters and articles -> signatories, mentions, counts (the parser).

The parser works on decoded lines (:mod:`netlib.io.documents` does the reading): ``lines[0]`` is
line 1 of the file. It decides by the *shape* of the text, never by the document, and it knows
no organisation by name: organisations it should recognise come in as ``known_names``
(a :class:`netlib.text.known_names.KnownNames` index or any iterable of names).

Letters
    :func:`~netlib.extract.letter.parse_letter` finds the signatory block(s) (after a cue such
    as "Signed," or under a heading such as "State and local groups", or the whole document when
    it is only a list), and turns every non-blank line of a block into
    :class:`~netlib.extract.results.Entry` rows or a :class:`~netlib.extract.results.Rejection`
    with a reason. Individuals are recognised by shape and kept nameless by default.
Articles
    :func:`~netlib.extract.article.parse_article` splits paragraphs into sentences and finds
    organisations named with a campaign role (signatory / organiser / partner), reported
    signatory counts and the targets of a campaign. Personal names never leave it: evidence
    sentences are redacted.

The modules follow the flow, each importing only those above it:

- ``results``: the result types; ``words``: the in-code word lists;
- ``names``: cleaning one name, person or organisation by its shape;
- letters: ``lines`` (cues, headings, furniture, prose) and ``dates``, ``blocks`` (where the
  signatories are), ``entries`` (one block line into names), ``redaction`` (personal names
  withheld), ``letter`` (:func:`parse_letter`);
- articles: ``sentences`` (and web chrome), ``mentions`` (names in running text and their role
  cues), ``counts`` (reported counts), ``article`` (:func:`parse_article`).

:mod:`netlib.parse` re-exports the public names. Every regular expression here is linear on
hostile input: no nested quantifiers and no alternation under a repetition whose branches can
match the same text.
"""
