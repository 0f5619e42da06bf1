"""Micro-batching: questions that reach one worker process together share one generate() call.

A small model leaves most of the hardware idle when it decodes one sequence: batched, several
answers cost little more than one. The worker runs its tasks on threads (`-P threads`); each
hands its conversation to the one MicroBatcher of the process and waits. The batcher's thread
takes whatever is waiting (lingering up to `gather_s` for more, LLM_BATCH_WAIT_MS), drops
requests whose deadline has passed and generates the rest together, each stopping at its own
deadline. Requests that arrive meanwhile form the next batch.
"""
import logging
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Generated:
    text: str | None  # None: the deadline passed before generation started
    batch_size: int


@dataclass
class _Request:
    conversation: list
    deadline: float
    future: Future = field(default_factory=Future)


class MicroBatcher:
    def __init__(self, model, max_batch=8, gather_s=0.0):
        self.model, self.max_batch, self.gather_s = model, max_batch, gather_s
        self.waiting = queue.Queue()
        threading.Thread(target=self._serve, name="micro-batcher", daemon=True).start()

    def generate(self, conversation, deadline):
        """Generated text for the conversation; raises what the model raised."""
        request = _Request(conversation, deadline)
        self.waiting.put(request)
        return request.future.result()

    def _gather(self):
        batch = [self.waiting.get()]
        linger_until = time.monotonic() + self.gather_s
        while len(batch) < self.max_batch:
            try:
                batch.append(self.waiting.get(timeout=max(0.0, linger_until - time.monotonic())))
            except queue.Empty:
                break
        return batch

    def _serve(self):
        while True:
            batch = self._gather()
            now = time.time()
            live = [r for r in batch if r.deadline > now]
            for request in batch:
                if request.deadline <= now:
                    request.future.set_result(Generated(None, 0))
            if not live:
                continue
            try:
                texts = self.model.generate_batch([r.conversation for r in live], [r.deadline for r in live])
            except Exception as exc:  # each waiting task reports it; the batcher keeps serving
                for request in live:
                    request.future.set_exception(exc)
                continue
            for request, text in zip(live, texts):
                request.future.set_result(Generated(text, len(live)))
