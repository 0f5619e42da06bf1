"""What the service remembers of each exchange, in Redis.

- the last few turns of each conversation (with a TTL), so the model sees context;
- each reply by its message_id (with a TTL), so a later 👍/👎 can say what it rated;
- append-only streams of feedback and of questions the FAQ did not answer, for the support team
  and for fine-tuning (`python -m training.export_feedback`).
"""
import json
import logging
import re
import time
import uuid

from redis.exceptions import RedisError

log = logging.getLogger(__name__)
VALID_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
FEEDBACK_STREAM = "streamkar:feedback"
UNANSWERED_STREAM = "streamkar:unanswered"
STREAM_MAXLEN = 1_000_000


def new_id():
    return uuid.uuid4().hex


class Conversations:
    def __init__(self, redis_client, max_turns=6, ttl_s=1800, message_ttl_s=30 * 24 * 3600):
        self.redis, self.max_turns, self.ttl_s, self.message_ttl_s = redis_client, max_turns, ttl_s, message_ttl_s

    @staticmethod
    def _turns_key(conversation_id):
        return f"conversation:{conversation_id}"

    def recent(self, conversation_id):
        """Earlier turns as [{"role", "content"}], oldest first; none when Redis fails."""
        try:
            return [json.loads(t) for t in self.redis.lrange(self._turns_key(conversation_id), -self.max_turns, -1)]
        except (RedisError, OSError) as exc:
            log.warning("conversation history unavailable: %s", exc.__class__.__name__)
            return []

    def record(self, conversation_id, message_id, question, reply):
        """Keeps the turn, the reply for feedback and, when the FAQ had no answer, the question."""
        key = self._turns_key(conversation_id)
        message = {"conversation_id": conversation_id, "question": question, "answer": reply["answer"],
                   "source": reply["source"], "faq_id": reply["faq_id"] or "", "language": reply["language"],
                   "time": time.time()}
        try:
            # One round trip; MULTI/EXEC would cost more and the keys need no atomicity.
            with self.redis.pipeline(transaction=False) as pipe:
                pipe.rpush(key, json.dumps({"role": "user", "content": question}),
                           json.dumps({"role": "assistant", "content": reply["answer"]}))
                pipe.ltrim(key, -self.max_turns, -1).expire(key, self.ttl_s)
                pipe.set(f"message:{message_id}", json.dumps(message), ex=self.message_ttl_s)
                if reply["source"] in ("llm", "fallback"):
                    pipe.xadd(UNANSWERED_STREAM, {"message_id": message_id, **_fields(message)},
                              maxlen=STREAM_MAXLEN, approximate=True)
                pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("exchange not saved: %s", exc.__class__.__name__)

    def feedback(self, message_id, helpful, comment):
        """Appends the rating with the rated exchange; False when the message is unknown.
        Redis errors propagate: a rating must not be silently lost."""
        raw = self.redis.get(f"message:{message_id}")
        if raw is None:
            return False
        self.redis.xadd(FEEDBACK_STREAM, {"message_id": message_id, "helpful": int(helpful), "comment": comment or "",
                                          **_fields(json.loads(raw))}, maxlen=STREAM_MAXLEN, approximate=True)
        return True


def _fields(message):
    return {k: str(v) for k, v in message.items()}


class NoConversations:
    """Keeps nothing: for evaluation, where every query stands alone."""

    def recent(self, conversation_id):
        return []

    def record(self, conversation_id, message_id, question, reply):
        pass
