"""Every table schema in one place: the columns of each CSV netlib reads or writes, and their keys.

- The processed tables of ``data/processed`` (:data:`TABLE_COLUMNS`, their sort keys
  :data:`TABLE_KEYS`) and the build's side tables (:data:`SIDE_COLUMNS`, :data:`SIDE_KEYS`).
- The raw corpus manifest (:data:`MANIFEST_COLUMNS`).
- The curation files of ``data/curation`` (:data:`CURATION_FILES`, :data:`CAMPAIGN_COLUMNS`,
  :data:`LINK_COLUMNS`).
- The co-signing export (:data:`COSIGNING_COLUMNS`), the data package's keys
  (:data:`PRIMARY_KEYS`, :data:`FOREIGN_KEYS`), and the columns that hold integers
  (:data:`INTEGER_COLUMNS`) or other numbers (:data:`NUMBER_COLUMNS`).
"""

__all__ = [
    "CAMPAIGN_COLUMNS",
    "COSIGNING_COLUMNS",
    "CURATION_FILES",
    "DOCUMENT_REVIEW_COLUMNS",
    "FOREIGN_KEYS",
    "INTEGER_COLUMNS",
    "LINK_COLUMNS",
    "MANIFEST_COLUMNS",
    "NUMBER_COLUMNS",
    "OPTIONAL_MANIFEST_COLUMNS",
    "PRIMARY_KEYS",
    "SIDE_COLUMNS",
    "SIDE_KEYS",
    "TABLE_COLUMNS",
    "TABLE_KEYS",
]

#: A campaign's facts as curated (``campaigns.csv``) and as built (``campaigns`` table).
_CAMPAIGN_FACTS = [
    "campaign_id",
    "title",
    "kind",
    "date",
    "date_precision",
    "organiser",
    "targets",
    "demand",
    "reported_signatories",
    "reported_qualifier",
    "signatory_type",
]

# --- the processed tables (data/processed) ----------------------------------------------------

#: Columns of each processed table, in the order they are written.
TABLE_COLUMNS = {
    "documents": [
        "doc_id",
        "path",
        "sha256",
        "kind",
        "title",
        "outlet",
        "published",
        "date_precision",
        "source",
        "encoding",
        "warnings",
    ],
    "campaigns": [*_CAMPAIGN_FACTS, "named_organisations", "individuals_counted", "doc_ids"],
    "organisations": ["org_id", "name", "parent_org_id", "aliases"],
    "signatures": ["org_id", "campaign_id", "role", "doc_id", "line", "raw", "method", "text"],
    "rejected": ["doc_id", "line", "raw", "reason"],
}

#: Sort keys: rows are written in this order so that outputs are byte-identical across runs.
TABLE_KEYS = {
    "documents": ["doc_id"],
    "campaigns": ["campaign_id"],
    "organisations": ["org_id"],
    "signatures": ["campaign_id", "org_id", "doc_id", "line", "role"],
    "rejected": ["doc_id", "line", "reason", "raw"],
}

#: The build's side tables: facts read in articles, and lines a person should look at.
SIDE_COLUMNS = {
    "article_facts": [
        "doc_id",
        "line",
        "campaign_id",
        "fact",
        "value",
        "qualifier",
        "unit",
        "signatory_type",
    ],
    "review": ["doc_id", "line", "raw", "issue", "detail"],
}
SIDE_KEYS = {
    "article_facts": ["doc_id", "line", "fact", "value"],
    "review": SIDE_COLUMNS["review"],
}

#: Columns that hold integers but may be empty.
INTEGER_COLUMNS = {"line", "reported_signatories", "named_organisations", "individuals_counted"}

#: Columns of floating-point numbers.
NUMBER_COLUMNS = {"newman", "jaccard", "weight"}


# --- the raw corpus (data/raw/manifest.csv) ---------------------------------------------------

#: The manifest's columns, in order.
MANIFEST_COLUMNS = [
    "doc_id",
    "file",
    "kind",
    "title",
    "outlet",
    "published",
    "date_precision",
    "sha256",
    "note",
    "source",
]

#: Columns added after manifests were first written: a manifest without them reads them empty.
OPTIONAL_MANIFEST_COLUMNS = ("source",)


# --- curation (data/curation) -----------------------------------------------------------------

#: File name -> required columns. Every file also needs ``reason`` and ``source`` filled in.
CURATION_FILES = {
    "organisations.csv": ["org_id", "name", "parent_org_id", "relation", "reason", "source"],
    "aliases.csv": ["alias", "org_id", "kind", "reason", "source"],
    "splits.csv": ["raw", "parts", "reason", "source"],
    "judgements.csv": ["name", "org_id", "decision", "reviewer", "date", "reason", "source"],
}

#: ``campaigns.csv``: one row per campaign.
CAMPAIGN_COLUMNS = [*_CAMPAIGN_FACTS, "reason", "source"]

#: ``campaign_documents.csv``: the campaign each document (or some of its lines) reports on.
LINK_COLUMNS = ["campaign_id", "doc_id", "lines", "relation", "reason", "source"]
#: ``data/curation/document_reviews.csv``: a document-level review row settled by a person
#: (an abridged copy in which no signatory list can be found, say), with its reason and source.
DOCUMENT_REVIEW_COLUMNS = ["doc_id", "issue", "decision", "reason", "source"]


# --- exports ----------------------------------------------------------------------------------

#: ``cosigning.csv``: one row per co-signing pair.
COSIGNING_COLUMNS = [
    "source",
    "target",
    "source_name",
    "target_name",
    "shared",
    "newman",
    "jaccard",
]

#: The data package (``datapackage.json``): primary keys of its resources.
PRIMARY_KEYS = {
    "documents": ["doc_id"],
    "campaigns": ["campaign_id"],
    "organisations": ["org_id"],
    "cosigning": ["source", "target"],
}

# (resource, fields) -> (referenced resource, fields); "" references the resource itself
FOREIGN_KEYS = {
    "signatures": [
        ("org_id", "organisations", "org_id"),
        ("campaign_id", "campaigns", "campaign_id"),
        ("doc_id", "documents", "doc_id"),
    ],
    "organisations": [("parent_org_id", "", "org_id")],
    "rejected": [("doc_id", "documents", "doc_id")],
    "cosigning": [("source", "organisations", "org_id"), ("target", "organisations", "org_id")],
}
