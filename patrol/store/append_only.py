"""Triggers that make a table append-only: UPDATE and DELETE abort with the given message."""


def triggers(table: str, message: str) -> str:
    return "".join(f"\nCREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table}\n"
                   f"BEGIN SELECT RAISE(ABORT, '{message}'); END;" for op in ("UPDATE", "DELETE"))
