"""The output guard: a degenerate or made-up generation never reaches a user."""
import json
from pathlib import Path

import pytest

import settings
from faq.data import load
from worker.guard import review
from worker.prompt import INSTRUCTIONS as SYSTEM
from worker.prompt import sources

GOOD = "Go to Me > Wallet > Recharge and pick a coin package. Coins arrive within a few minutes."
FAQ = load(settings.load().faq_data)


def articles(*ids):
    return [{"question": FAQ.by_id(i).question["en"], "answer": FAQ.by_id(i).answer["en"]} for i in ids]


# What the worker gives the guard for a question about coins or PK battles.
COINS_AND_PK = sources(articles("payments.recharge-coins", "events.pk-battles"))


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
    assert review(GOOD, prompt=SYSTEM, sources=COINS_AND_PK).answer == GOOD


def test_an_answer_is_cut_to_whole_sentences_within_the_bound():
    verdict = review(GOOD + " Then the app restarts and you start watching", prompt=SYSTEM, sources=COINS_AND_PK)
    assert verdict.answer == GOOD
    long = ("Open the app and tap Me. Choose Wallet, then Recharge. Pick a coin package that suits you, "
            "from 100 to 10,000 coins. Complete the payment with your chosen method. Coins usually appear in "
            "your balance within seconds. You can also recharge in a web browser with the same account.")
    bounded = review(long, prompt=SYSTEM, sources=COINS_AND_PK, max_chars=200).answer
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
    assert review(text, prompt=SYSTEM, sources=COINS_AND_PK).answer == text


@pytest.mark.parametrize("text, reason", [
    # What the default model answered to questions the help center does not cover.
    ("Yes, you're allowed to play copyrighted songs in the background of your stream. This includes "
     "music from licensed artists who have signed a copyright agreement with a streaming service.", "unsupported"),
    ("Streamers can earn money by selling their experiences, such as live streaming, through platforms "
     "like Amazon Prime.", "unsupported"),
    ("I'm sorry for your loss. Please find me here, and I will be back tomorrow.", "unsupported"),
    ("The castle gift costs 25 coins, so three of them cost 75 coins.", "made-up figure"),
    ("PK battles last 15 minutes.", "made-up figure"),
])
def test_an_answer_its_articles_do_not_support_is_rejected(text, reason):
    question = "can i play music on my stream, and how much do gifts cost"
    assert review(text, prompt=SYSTEM, sources=COINS_AND_PK, question=question).reason == reason


def test_figures_may_come_from_the_question_and_list_numbers_are_no_figures():
    assert review("Yes, 2-step verification keeps 10000 coins safe.", prompt=SYSTEM, sources=COINS_AND_PK,
                  question="does 2-step verification keep my 10,000 coins safe").answer
    steps = "Steps:\n1. Open Me.\n2. Tap Wallet > Recharge.\n3. Choose a coin package."
    assert review(steps, prompt=SYSTEM, sources=COINS_AND_PK).answer == steps


def test_answers_written_from_their_articles_pass():
    """Support agents' replies to questions the FAQ left to the model, written from the three
    articles the worker gave the model (hand-offs included): the guard must not withhold them."""
    rows = [json.loads(line) for line in (Path(__file__).parent / "grounded_answers.jsonl").read_text().splitlines()]
    rejected = [(row["answer"], verdict.reason) for row in rows
                if (verdict := review(row["answer"], prompt=SYSTEM, sources=sources(articles(*row["articles"])),
                                      question=row["question"])).answer is None]
    assert len(rows) == 40 and rejected == []



def test_an_address_from_the_sources_passes():
    sources = "Q: How do I appeal a ban? A: Fill in the form at www.streamkar.example/appeal within 30 days."
    text = "Fill in the appeal form at www.streamkar.example/appeal within 30 days."
    assert review(text, prompt=SYSTEM, sources=sources).answer == text
    assert review(text, prompt=SYSTEM).reason == "made-up address"  # not in the default sources
