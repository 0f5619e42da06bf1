"""The output guard: a degenerate generation never reaches a user."""
import pytest

from worker.guard import review
from worker.prompt import SYSTEM

GOOD = "Go to Me > Wallet > Recharge and pick a coin package. Coins arrive within a few minutes."


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("   \n ", "empty"),
    ("Go to Me > Wallet and then tap the button that says", "cut off"),
    ("Tap recharge. Tap recharge. Tap recharge. Tap recharge. Tap recharge. Tap recharge.", "repetitive"),
    ("वॉलेट में जाकर रिचार्ज पर टैप करें और पैकेज चुनें. भुगतान पूरा करें.", "off-language"),
    ("Sure. Answer the user's question in two or three short sentences, using only the help articles.",
     "echoes the prompt"),
])
def test_degenerate_output_is_rejected_with_its_reason(text, reason):
    verdict = review(text, prompt=SYSTEM)
    assert (verdict.answer, verdict.reason) == (None, reason)


def test_a_good_answer_passes_unchanged():
    assert review(GOOD, prompt=SYSTEM).answer == GOOD


def test_an_answer_is_cut_to_whole_sentences_within_the_bound():
    verdict = review(GOOD + " Then the app restarts and you start watching", prompt=SYSTEM)
    assert verdict.answer == GOOD
    long = " ".join(f"Step {i} is to open the wallet page number {i}." for i in range(40))
    bounded = review(long, prompt=SYSTEM, max_chars=200).answer
    assert bounded and len(bounded) <= 200 and bounded.endswith(".")
