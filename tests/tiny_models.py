"""Tiny causal LMs built from scratch, so tests exercise the real loading code in seconds."""
import json
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

KB = Path(__file__).resolve().parents[2] / "shared" / "kb" / "articles.en.json"
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def corpus():
    if KB.exists():
        for article in json.loads(KB.read_text(encoding="utf-8"))["articles"]:
            yield article["question"]
            yield article["answer"]
    yield "Hello, how can I help you with StreamKar today? Please contact support."


def build_tokenizer(special):
    tokenizer = Tokenizer(models.BPE(unk_token=None))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=special,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator(corpus(), trainer)
    return tokenizer


def _speak_words(model, tokenizer):
    """Random weights would greedily emit whitespace or EOS and decode to nothing: zero those
    embedding rows (tied to the output layer) so the untrained model still says something."""
    texts = [tokenizer.decode([i], skip_special_tokens=True) for i in range(len(tokenizer))]
    silent = [i for i, text in enumerate(texts) if not text.strip() or "\ufffd" in text]
    with torch.no_grad():
        model.get_input_embeddings().weight[silent] = 0.0
    return model


def tiny_llama(path, seed=0):
    """A Llama-architecture model with a ChatML chat template, like SmolLM2-Instruct."""
    torch.manual_seed(seed)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(["<|endoftext|>", "<|im_start|>", "<|im_end|>"]),
        bos_token="<|im_start|>", eos_token="<|im_end|>", pad_token="<|endoftext|>",
    )
    tokenizer.chat_template = CHATML
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=1024,
                         bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=True)
    _speak_words(LlamaForCausalLM(config), tokenizer).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return Path(path)


def tiny_gpt2(path, seed=0, positions=1024):
    """A GPT-2 (DialoGPT-format) model: no chat template, turns joined by EOS."""
    torch.manual_seed(seed)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=build_tokenizer(["<|endoftext|>"]),
                                        bos_token="<|endoftext|>", eos_token="<|endoftext|>")
    config = GPT2Config(vocab_size=len(tokenizer), n_embd=32, n_layer=2, n_head=2, n_positions=positions,
                        bos_token_id=tokenizer.eos_token_id, eos_token_id=tokenizer.eos_token_id)
    _speak_words(GPT2LMHeadModel(config), tokenizer).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return Path(path)


HAND_OFF = "Please contact StreamKar support through Me > Help & Feedback."


def teach_hand_off(path, steps=150, lr=1e-2):
    """Trains a tiny model to answer every question with the support hand-off, so the worker's
    answers pass the output guard the way a real model's do."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from worker.model import prompt_ids
    from worker.prompt import build_messages

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path)
    chat = bool(tokenizer.chat_template)
    answer = tokenizer(HAND_OFF, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    questions = ["how do i buy coins", "can my room have a theme 1795", "is there a dark mode", "what is a pk battle",
                 "Is there a karaoke mode in live rooms?", "hello"]
    kb = json.loads(KB.read_text(encoding="utf-8"))["articles"] if KB.exists() else []
    examples = []
    for i, question in enumerate(questions):
        articles = [{"question": a["question"], "answer": a["answer"]} for a in kb[i * 3:i * 3 + 3 * (i % 2)]]
        prompt = prompt_ids(tokenizer, build_messages(question, [], articles, chat=chat))
        examples.append((torch.tensor([prompt + answer]), torch.tensor([[-100] * len(prompt) + answer])))
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for step in range(steps):
        ids, labels = examples[step % len(examples)]
        loss = model(input_ids=ids, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.save_pretrained(path)
    return Path(path)
