"""Vendor linking: accounts → links (hard: shared identifiers; soft: scored similarity) → vendors → graph."""
