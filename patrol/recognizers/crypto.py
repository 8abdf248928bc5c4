"""Cryptocurrency addresses, with checksums verified by bip-utils.

``valid`` is true only when the address's own checksum verifies: Base58Check (Bitcoin
and Litecoin legacy, Tron), Bech32/Bech32m by witness version (BIP-173/350), Monero's
Keccak checksum (standard, integrated and subaddresses), and EIP-55 for mixed-case
Ethereum addresses. A single-case Ethereum address carries no checksum, so it is
reported with ``valid: false`` and says why. Look-alikes with a bad checksum are kept
with ``valid: false``: investigators see them, linking never treats them as wallets.
"""

from __future__ import annotations

import re

from bip_utils import (
    Base58XmrDecoder,
    EthAddrDecoder,
    P2PKHAddrDecoder,
    P2SHAddrDecoder,
    SegwitBech32Decoder,
    TrxAddrDecoder,
    XmrAddrDecoder,
    XmrIntegratedAddrDecoder,
)

from patrol.recognizers.base import Pattern, Recognizer

_B58 = "1-9A-HJ-NP-Za-km-z"
_BECH = "ac-hj-np-z02-9"


class CryptoAddressRecognizer(Recognizer):
    entity = "crypto_address"
    patterns = (
        Pattern("bech32", rf"(?<![\w])(?:bc|ltc|tb)1[{_BECH}]{{6,87}}(?![\w])", 0.3, re.IGNORECASE, needs=("bc1", "ltc1", "tb1")),
        Pattern("btc-base58", rf"(?<![\w])[13][{_B58}]{{25,34}}(?![\w])", 0.2, 0),
        Pattern("ltc-base58", rf"(?<![\w])[LM][{_B58}]{{26,33}}(?![\w])", 0.2, 0),
        Pattern("eth", r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])", 0.3, 0),
        Pattern("trx", rf"(?<![\w])T[{_B58}]{{33}}(?![\w])", 0.2, 0),
        Pattern("xmr", rf"(?<![\w])[48][{_B58}]{{94}}(?:[{_B58}]{{11}})?(?![\w])", 0.3, 0),
    )
    context = ("btc", "bitcoin", "wallet", "address", "xmr", "monero", "eth", "ltc", "tron", "usdt", "pay", "send")

    def validate(self, m, pattern) -> bool | None:
        return None  # checksums are checked in normalize, where the currency is known

    def normalize(self, m, pattern) -> dict | None:
        addr = m.group()
        currency, valid, why = check(addr, pattern.name)
        if currency is None:
            return None
        out = {"address": addr, "currency": currency, "valid": valid}
        if why:
            out["note"] = why
        return out

    def analyze(self, text, language=None):
        out = super().analyze(text)
        for e in out:
            if e.value["valid"]:
                e.score = 1.0
                e.explanation += ", checksum verified"
            else:
                e.explanation += ", checksum does not verify"
        return out


def check(addr: str, kind: str) -> tuple[str | None, bool, str | None]:
    """(currency, valid, note) for a candidate string; currency None means not an address."""
    if kind == "bech32":
        hrp = addr.lower().split("1", 1)[0]
        currency = {"bc": "BTC", "ltc": "LTC", "tb": "BTC-testnet"}[hrp]
        return currency, _ok(lambda: SegwitBech32Decoder.Decode(hrp, addr)), None
    if kind == "btc-base58":
        if addr[0] == "1":
            return "BTC", _ok(lambda: P2PKHAddrDecoder().DecodeAddr(addr, net_ver=b"\x00")), None
        return "BTC", _ok(lambda: P2SHAddrDecoder().DecodeAddr(addr, net_ver=b"\x05")), None
    if kind == "ltc-base58":
        if addr[0] == "L":
            return "LTC", _ok(lambda: P2PKHAddrDecoder().DecodeAddr(addr, net_ver=b"\x30")), None
        return "LTC", _ok(lambda: P2SHAddrDecoder().DecodeAddr(addr, net_ver=b"\x32")), None
    if kind == "trx":
        return "TRX", _ok(lambda: TrxAddrDecoder().DecodeAddr(addr)), None
    if kind == "eth":
        body = addr[2:]
        if body.islower() or body.isupper() or body.isdigit():
            return "ETH", False, "single-case address: no EIP-55 checksum to verify"
        return "ETH", _ok(lambda: EthAddrDecoder().DecodeAddr(addr)), None
    if kind == "xmr":
        return "XMR", _xmr_ok(addr), None
    return None, False, None


def _ok(fn) -> bool:
    try:
        fn()
        return True
    except Exception:  # bip-utils raises ValueError and its own error types for bad checksums
        return False


def _xmr_ok(addr: str) -> bool:
    if len(addr) == 106:  # integrated: the payment id is inside the address
        try:
            raw = Base58XmrDecoder.Decode(addr)
        except Exception:
            return False
        pid = raw[65:73]
        return _ok(lambda: XmrIntegratedAddrDecoder().DecodeAddr(addr, net_ver=b"\x13", payment_id=pid))
    net = b"\x2a" if addr[0] == "8" else b"\x12"
    return _ok(lambda: XmrAddrDecoder().DecodeAddr(addr, net_ver=net))
