"""Typed domain errors. The core raises these; the CLI and API translate them for people.

Each error carries a stable ``code`` and a message that says how to fix the problem.
"""


class PatrolError(Exception):
    code = "patrol_error"


class SourceError(PatrolError):
    """A whole input cannot be read (missing file, unknown format, bad mapping)."""

    code = "source_error"


class MappingError(SourceError):
    code = "bad_mapping"


class StoreError(PatrolError):
    code = "store_error"


class SchemaVersionError(StoreError):
    code = "store_version"
