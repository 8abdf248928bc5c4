import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.pgp import PgpRecognizer

R = PgpRecognizer()


def test_real_key_block_gives_its_fingerprint():
    import pgpy
    from pgpy.constants import HashAlgorithm, KeyFlags, PubKeyAlgorithm

    key = pgpy.PGPKey.new(PubKeyAlgorithm.RSAEncryptOrSign, 1024)
    uid = pgpy.PGPUID.new("Demo Vendor", email="vendor@example.invalid")
    key.add_uid(uid, usage={KeyFlags.Sign}, hashes=[HashAlgorithm.SHA256])
    block = str(key.pubkey)
    found = R.analyze("My key:\n" + block + "\nthanks")
    assert len(found) == 1
    v = found[0].value
    assert v["kind"] == "public_key" and v["valid"] and v["fingerprint"] == str(key.fingerprint).replace(" ", "")
    assert v["user_ids"] == ["Demo Vendor"]


def test_damaged_block_is_reported_invalid():
    block = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGNotAKeyAtAllJustTextThatLooksLikeOne==\n-----END PGP PUBLIC KEY BLOCK-----"
    (e,) = R.analyze(block)
    assert e.value["valid"] is False and e.value["fingerprint"] is None


@pytest.mark.parametrize("text", ["PGP fingerprint: 3F2A 9C1B 0D4E 5A6B 7C8D 9E0F 1A2B 3C4D 5E6F 7A8B",
                                  "fpr 3F2A9C1B0D4E5A6B7C8D9E0F1A2B3C4D5E6F7A8B"])
def test_fingerprints(text):
    (e,) = R.analyze(text)
    assert e.value == {"kind": "fingerprint", "fingerprint": "3F2A9C1B0D4E5A6B7C8D9E0F1A2B3C4D5E6F7A8B"}


@pytest.mark.parametrize("text", ["3F2A 9C1B 0D4E", "sha256 " + "ab" * 32, "0x" + "AB" * 20 + "CD"])
def test_near_misses(text):
    assert R.analyze(text) == []


@given(st.text(max_size=300))
def test_fuzz(text):
    for e in R.analyze(text):
        assert text[e.start:e.end] == e.text
