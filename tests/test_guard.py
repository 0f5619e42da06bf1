"""The output guard: a degenerate generation never reaches a user."""
import pytest

from worker.guard import review
from worker.prompt import INSTRUCTIONS as SYSTEM

GOOD = "Go to Me > Wallet > Recharge and pick a coin package. Coins arrive within a few minutes."


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("   \n ", "empty"),
    ("Go to Me > Wallet and then tap the button that says", "cut off"),
    ("Tap recharge. Tap recharge. Tap recharge. Tap recharge. Tap recharge. Tap recharge.", "repetitive"),
    ("वॉलेट में जाकर रिचार्ज पर टैप करें और पैकेज चुनें. भुगतान पूरा करें.", "off-language"),
    ("Öffne Me > Wallet und tippe auf Aufladen. Die Coins kommen sofort an.", "off-language"),
    ("El botón para empezar un directo está abajo en el centro de la pantalla.", "off-language"),
    ("Sure. Answer the user's question in two or three short sentences, using only the help articles.",
     "echoes the prompt"),
    ("...", "empty"),
    ("😊.", "empty"),
    ("You can send gifts, e.g. a rose, to", "cut off"),  # "e.g." ends no sentence
    ("Payments are processed in the U.S. by our partner and", "cut off"),
    ("Steps:\n1. Open Me\n2. Tap Wallet\n3. Tap", "cut off"),  # nor does a list number
    ("Tap Recharge to buy coins. " + "Premium coins premium coins premium " * 6, "repetitive"),  # a loop past the cut
    ("Yes, you can use pause_vip_subscription() but you will have to wait till next month.", "code"),
    ("Set vip_auto_renew to false in your settings.", "code"),
    ("Buy cheaper coins at www.coins4less.com today.", "made-up address"),
    ("Your VIP pause is at vipsuite.com/PauseForMonth.html for a fee.", "made-up address"),
    ("Write to refunds@streamkar-help.com and they will refund you.", "made-up address"),
    ("See https://streamkar.example.evil.io/login to sign in again.", "made-up address"),
])
def test_degenerate_output_is_rejected_with_its_reason(text, reason):
    verdict = review(text, prompt=SYSTEM)
    assert (verdict.answer, verdict.reason) == (None, reason)


def test_a_good_answer_passes_unchanged():
    assert review(GOOD, prompt=SYSTEM).answer == GOOD


def test_an_answer_is_cut_to_whole_sentences_within_the_bound():
    verdict = review(GOOD + " Then the app restarts and you start watching", prompt=SYSTEM)
    assert verdict.answer == GOOD
    long = ("Open the app and sign in with your phone number. Tap Me at the bottom right. Choose Wallet, "
            "then Recharge. Pick a coin package that suits you. Pay with a card, UPI or a wallet. Coins "
            "usually arrive within seconds; if not, restart the app. Keep the receipt for any refund request.")
    bounded = review(long, prompt=SYSTEM, max_chars=200).answer
    assert bounded and len(bounded) <= 200 and bounded.endswith(".")


@pytest.mark.parametrize("text", [
    "I'm not sure. Please contact StreamKar support through Me > Help & Feedback or support@streamkar.example.",
    "Tap Me, tap Wallet, tap Recharge, tap the amount, then tap Pay.",
    "Go to **Me > Wallet > Recharge.**",
    "Tap “Recharge.”",
    "A pack of 100 coins costs 0.99 US$. It arrives at once.",
    "Sure! Tap Go Live.",
    "Yes. PK battles last 5 minutes.",
])
def test_good_answers_pass_whole(text):
    # The hand-off the instructions ask for is not an echo of them.
    assert review(text, prompt=SYSTEM).answer == text



def test_an_address_from_the_sources_passes():
    sources = "Q: How do I appeal a ban? A: Fill in the form at www.streamkar.example/appeal within 30 days."
    text = "Fill in the appeal form at www.streamkar.example/appeal within 30 days."
    assert review(text, prompt=SYSTEM, sources=sources).answer == text
    assert review(text, prompt=SYSTEM).reason == "made-up address"  # not in the default sources
