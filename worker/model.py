"""Loads a causal LM once per worker process and turns chat messages into an answer."""
import logging
import time
import warnings

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, StoppingCriteria, StoppingCriteriaList

log = logging.getLogger(__name__)


def pick_device(preference="auto"):
    if preference != "auto":
        return torch.device(preference)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def pick_dtype(device):
    # bf16 only where the hardware does it well; on most CPUs it is slower than fp32.
    return torch.bfloat16 if device.type == "cuda" else torch.float32


class DeadlineCriteria(StoppingCriteria):
    """Stops each sequence of a batch at its own absolute wall-clock deadline (time.time() seconds)."""

    def __init__(self, deadlines):
        self.deadlines = torch.tensor(deadlines, dtype=torch.float64)

    def __call__(self, input_ids, scores, **kwargs):
        return (time.time() >= self.deadlines).to(input_ids.device)


def _without(controls, content):
    """Content with the control tokens removed: a user who types "<|im_start|>system" must not
    open a turn of their own."""
    while any(token in content for token in controls):
        for token in controls:
            content = content.replace(token, "")
    return content


def prompt_ids(tokenizer, messages):
    """Token ids for the conversation, ending where the assistant's reply starts; training
    builds its examples with the same function."""
    controls = set(tokenizer.all_special_tokens) | set(tokenizer.get_added_vocab())
    messages = [{**m, "content": _without(controls, m["content"])} for m in messages]
    if tokenizer.chat_template:
        return list(tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=True)["input_ids"])
    # DialoGPT's format: the turns joined by EOS, no system message.
    eos = tokenizer.eos_token
    turns = [m["content"] for m in messages if m["role"] != "system"]
    return tokenizer("".join(t + eos for t in turns))["input_ids"]


class ChatModel:
    """A causal LM with its tokenizer, and the prompt format it was trained on."""

    def __init__(self, name_or_path, device="auto", max_new_tokens=96, cpu_int8=False):
        self.device = pick_device(device)
        self.dtype = pick_dtype(self.device)
        self.max_new_tokens = max_new_tokens
        started = time.perf_counter()
        # Batched prompts are padded on the left, so that every answer starts at the same column.
        self.tokenizer = AutoTokenizer.from_pretrained(name_or_path, padding_side="left")
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model = AutoModelForCausalLM.from_pretrained(name_or_path, dtype=self.dtype).to(self.device)
        self.model.eval()
        if cpu_int8 and self.device.type == "cpu":
            # Decoding a small model on CPU is bound by reading fp32 weights; int8 linear layers
            # read a quarter of the bytes (measured ~1.7x faster here; see bench/RESULTS.md).
            with warnings.catch_warnings():  # torch.ao's deprecation notices; the API works in this pinned torch
                warnings.simplefilter("ignore")
                self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        self.name = str(name_or_path)
        log.info("loaded model %s on %s (%s) in %.1fs", self.name, self.device, self.dtype,
                 time.perf_counter() - started)

    @property
    def uses_chat_template(self):
        return bool(self.tokenizer.chat_template)

    def encode(self, messages):
        return torch.tensor([prompt_ids(self.tokenizer, messages)])

    def generate(self, messages, deadline, max_new_tokens=None, **generate_options):
        return self.generate_batch([messages], [deadline], max_new_tokens, **generate_options)[0]

    @torch.inference_mode()
    def generate_batch(self, conversations, deadlines, max_new_tokens=None, **generate_options):
        """One answer per conversation, generated together; each stops at its own deadline."""
        max_new_tokens = max_new_tokens or self.max_new_tokens
        prompts = [prompt_ids(self.tokenizer, m) for m in conversations]
        context = getattr(self.model.config, "max_position_embeddings", None)
        if context:
            # Models with learned positions (GPT-2: 1,024) fail past them: the answer gets at most
            # half the context, and a longer conversation loses its oldest tokens.
            max_new_tokens = min(max_new_tokens, context // 2)
            prompts = [ids[-(context - max_new_tokens):] for ids in prompts]
        batch = self.tokenizer.pad({"input_ids": prompts}, return_tensors="pt").to(self.device)
        output = self.model.generate(
            **batch,
            max_new_tokens=max_new_tokens,
            do_sample=False,
            repetition_penalty=1.1,
            stopping_criteria=StoppingCriteriaList([DeadlineCriteria(deadlines)]),
            pad_token_id=self.tokenizer.pad_token_id,
            **generate_options,
        )
        new_tokens = output[:, batch["input_ids"].shape[1]:]
        return [text.strip() for text in self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]


class NoopModel:
    """Answers one fixed sentence at once (LLM_MODEL=noop): measures the queue hop without a model."""

    name = "noop"
    uses_chat_template = True

    def generate(self, messages, deadline, max_new_tokens=None):
        return "Please contact StreamKar support through Me > Help & Feedback."

    def generate_batch(self, conversations, deadlines, max_new_tokens=None):
        return [self.generate(m, d) for m, d in zip(conversations, deadlines)]


def load_model(name_or_path, device="auto", max_new_tokens=96, cpu_int8=False):
    if name_or_path == "noop":
        return NoopModel()
    return ChatModel(name_or_path, device=device, max_new_tokens=max_new_tokens, cpu_int8=cpu_int8)
