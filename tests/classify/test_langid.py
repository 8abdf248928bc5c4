import pytest

from patrol.classify.langid import detect

SAMPLES = [
    ("en", "Fresh stock arrived today, ships worldwide with tracking and stealth packaging."),
    ("es", "Cocaína de alta pureza, envío discreto a toda Europa, pago en bitcoin."),
    ("pt", "Maconha de qualidade, entrega discreta em Portugal e no Brasil, chama no privado."),
    ("fr", "Livraison rapide partout en France, paiement en crypto, contactez-moi."),
    ("de", "Versand aus Deutschland, diskret und schnell, Zahlung in Bitcoin möglich."),
    ("ru", "Закладки по Москве и Санкт-Петербургу, оплата биткоином, пишите в телеграм."),
    ("nl", "Verzending vanuit Nederland, betaling via escrow, stuur een bericht voor bulk."),
    ("it", "Spedizione veloce in tutta Italia, pagamento in bitcoin, scrivimi in privato."),
    ("pl", "Szybka wysyłka w całej Polsce, płatność w bitcoinach, napisz do mnie."),
    ("uk", "Швидка доставка по всій Україні, оплата біткоїном, пишіть у телеграм."),
    ("tr", "Türkiye'nin her yerine hızlı kargo, bitcoin ile ödeme, bana yazın."),
    ("sv", "Snabb leverans i hela Sverige, betalning med bitcoin, skriv till mig."),
    ("cs", "Rychlé doručení po celé České republice, platba v bitcoinech, napište mi."),
    ("ro", "Livrare rapidă în toată România, plata în bitcoin, scrie-mi în privat."),
    ("el", "Γρήγορη αποστολή σε όλη την Ελλάδα, πληρωμή με bitcoin, γράψτε μου."),
    ("ar", "شحن سريع إلى جميع أنحاء البلاد والدفع بالبيتكوين راسلني على التلغرام"),
    ("fa", "ارسال سریع به سراسر کشور، پرداخت با بیت کوین، به من پیام دهید"),
    ("zh", "全国快速发货，比特币付款，请通过电报联系我们。"),
    ("ja", "全国に迅速に発送します。ビットコインでお支払いください。"),
    ("vi", "Giao hàng nhanh trên toàn quốc, thanh toán bằng bitcoin, nhắn tin cho tôi."),
    ("id", "Pengiriman cepat ke seluruh Indonesia, pembayaran dengan bitcoin, hubungi saya."),
    ("th", "จัดส่งด่วนทั่วประเทศ ชำระเงินด้วยบิตคอยน์ ติดต่อผ่านเทเลแกรม"),
]


@pytest.mark.parametrize("lang, text", SAMPLES)
def test_twenty_plus_languages(lang, text):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "5g", "!!!", "\x00\x01"])
def test_too_little_text(text):
    assert detect(text) == "und"
