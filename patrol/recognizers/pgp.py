"""PGP public key blocks (parsed with pgpy to get the fingerprint) and written fingerprints."""

from __future__ import annotations

import re

from patrol.recognizers.base import Pattern, Recognizer


class PgpRecognizer(Recognizer):
    entity = "pgp"
    patterns = (
        Pattern("key block", r"-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]{20,20000}?-----END PGP PUBLIC KEY BLOCK-----", 0.9, 0),
        Pattern("fingerprint", r"(?<![0-9A-Fa-f])(?:[0-9A-F]{4}\s?){9}[0-9A-F]{4}(?![0-9A-Fa-f])", 0.6, 0),
    )
    context = ("pgp", "gpg", "fingerprint", "fpr", "key id")

    def normalize(self, m, pattern) -> dict | None:
        if pattern.name == "fingerprint":
            fpr = re.sub(r"\s", "", m.group()).upper()
            return {"kind": "fingerprint", "fingerprint": fpr} if len(fpr) == 40 else None
        try:
            import pgpy

            key, _ = pgpy.PGPKey.from_blob(m.group())
            return {"kind": "public_key", "fingerprint": str(key.fingerprint).replace(" ", ""), "valid": True,
                    "user_ids": [str(u.name) for u in key.userids][:5]}
        except Exception as e:  # pgpy raises many types for a damaged block
            return {"kind": "public_key", "fingerprint": None, "valid": False, "note": f"block does not parse: {type(e).__name__}"}
