"""Checksums: vectors from BIP-173/350 (../shared/data/crypto, when present, plus the
ones copied below from the BIPs), EIP-55's own examples, and addresses bip-utils derives."""

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.crypto import CryptoAddressRecognizer

R = CryptoAddressRecognizer()
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "crypto" / "bech32_vectors.json"


def one(text):
    found = R.analyze(text)
    assert len(found) == 1, found
    return found[0].value


VALID = [
    ("BTC", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"),             # BIP-173
    ("BTC", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y"),  # BIP-350
    ("BTC", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),  # BIP-350 taproot
    ("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),             # EIP-55 examples
    ("ETH", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
    ("ETH", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
]


@pytest.mark.parametrize("currency, addr", VALID)
def test_valid(currency, addr):
    v = one(f"send to {addr} thanks")
    assert v["currency"] == currency and v["valid"] is True


INVALID = [
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",   # BIP-350: bech32 checksum on v1
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",                           # BIP-173 invalid
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",                     # EIP-55 case flipped
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",                             # Base58Check: last char changed
]


@pytest.mark.parametrize("addr", INVALID)
def test_invalid_look_alikes_are_never_valid(addr):
    for e in R.analyze(f"pay {addr} now"):
        assert e.value["valid"] is False


def test_single_case_eth_has_no_checksum():
    v = one("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
    assert v["valid"] is False and "no EIP-55 checksum" in v["note"]


def _derived():
    from bip_utils import Bip44, Bip44Coins, Bip84, Bip84Coins, Monero

    out = []
    for i in range(3):
        seed = hashlib.sha256(f"patrol-test-{i}".encode()).digest()
        out += [("BTC", Bip44.FromSeed(seed, Bip44Coins.BITCOIN).DeriveDefaultPath().PublicKey().ToAddress()),
                ("BTC", Bip84.FromSeed(seed, Bip84Coins.BITCOIN).DeriveDefaultPath().PublicKey().ToAddress()),
                ("LTC", Bip44.FromSeed(seed, Bip44Coins.LITECOIN).DeriveDefaultPath().PublicKey().ToAddress()),
                ("TRX", Bip44.FromSeed(seed, Bip44Coins.TRON).DeriveDefaultPath().PublicKey().ToAddress()),
                ("ETH", Bip44.FromSeed(seed, Bip44Coins.ETHEREUM).DeriveDefaultPath().PublicKey().ToAddress())]
        m = Monero.FromSeed(seed)
        out += [("XMR", str(m.PrimaryAddress())), ("XMR", str(m.IntegratedAddress(bytes(range(8))))),
                ("XMR", str(m.Subaddress(1)))]
    return out


@pytest.mark.parametrize("currency, addr", _derived())
def test_derived_addresses_validate_and_one_changed_character_does_not(currency, addr):
    v = one(f"wallet: {addr}")
    assert v["currency"] == currency and v["valid"] is True
    i = len(addr) // 2
    swap = "2" if addr[i] != "2" else "3"
    broken = addr[:i] + swap + addr[i + 1:]
    assert all(not e.value["valid"] for e in R.analyze(f"wallet: {broken}"))


@pytest.mark.skipif(not SHARED.is_file(), reason="needs ../shared/data/crypto")
def test_shared_bip_vectors():
    v = json.loads(SHARED.read_text())
    for addr in v["VALID_ADDRESS"]:
        if addr.lower().startswith(("bc1", "tb1")):
            assert any(e.value["valid"] for e in R.analyze(f"x {addr} y")), addr
    for addr in v["INVALID_ADDRESS"]:
        assert not any(e.value["valid"] for e in R.analyze(f"x {addr} y")), addr


@given(st.text(alphabet="123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0x ", max_size=150))
def test_fuzz_random_base58_is_never_valid(text):
    for e in R.analyze(text):
        # a random string passing a 32-bit checksum is a one-in-four-billion event
        assert not e.value["valid"]
