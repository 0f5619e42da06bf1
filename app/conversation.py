"""What the service remembers of each exchange, in Redis.

- the last few turns of each conversation (with a TTL), so the model sees context;
- each reply by its message_id (with a TTL), so a later 👍/👎 can say what it rated;
- append-only streams of feedback and of questions the FAQ did not answer, for the support team
  and for fine-tuning (`python -m training.export_feedback`).

While Redis is unreachable, exchanges and ratings wait in an on-disk spool (shared by the web
processes) and are written, in order, by the next request that finds Redis back.
"""
import json
import logging
import re
import sqlite3
import time
import uuid

import diskcache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
VALID_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
FEEDBACK_STREAM = "streamkar:feedback"
UNANSWERED_STREAM = "streamkar:unanswered"
STREAM_MAXLEN = 1_000_000
SPOOL_ERRORS = (OSError, sqlite3.Error, diskcache.Timeout)
# Spooled items one request writes at most: after a long outage the backlog is shared out over
# the first requests (~0.3 ms an item) rather than stalling one.
SPOOL_BATCH = 100


def new_id():
    return uuid.uuid4().hex


class Conversations:
    def __init__(self, redis_client, spool=None, max_turns=6, ttl_s=1800, message_ttl_s=30 * 24 * 3600):
        """`spool`: a diskcache.Deque for the exchanges Redis cannot take yet; None loses them."""
        self.redis, self.max_turns, self.ttl_s, self.message_ttl_s = redis_client, max_turns, ttl_s, message_ttl_s
        self.spool = spool

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
        exchange = {"message_id": message_id, "conversation_id": conversation_id, "question": question,
                    "answer": reply["answer"], "source": reply["source"], "faq_id": reply["faq_id"] or "",
                    "language": reply["language"], "time": time.time()}
        try:
            self._store_spooled()
            self._store_exchange(exchange)
        except (RedisError, OSError) as exc:
            self._keep("exchange", exchange, exc)

    def feedback(self, message_id, helpful, comment):
        """Appends the rating with the rated exchange. True: stored; False: the message is unknown;
        None: Redis is down and the rating waits in the spool. Raises when neither can take it."""
        rating = {"message_id": message_id, "helpful": int(helpful), "comment": comment or ""}
        try:
            self._store_spooled()  # the rated exchange may be waiting there
            return self._store_rating(rating)
        except (RedisError, OSError) as exc:
            if self._keep("rating", rating, exc):
                return None
            raise

    def _store_exchange(self, exchange):
        message = {k: v for k, v in exchange.items() if k != "message_id"}
        key = self._turns_key(exchange["conversation_id"])
        # One round trip; MULTI/EXEC would cost more and the keys need no atomicity.
        with self.redis.pipeline(transaction=False) as pipe:
            # A refused question (another topic, an attempt to re-instruct the bot) stays out of the
            # context the model is given later in the conversation.
            if exchange["source"] != "out_of_domain":
                pipe.rpush(key, json.dumps({"role": "user", "content": exchange["question"]}),
                           json.dumps({"role": "assistant", "content": exchange["answer"]}))
                pipe.ltrim(key, -self.max_turns, -1).expire(key, self.ttl_s)
            pipe.set(f"message:{exchange['message_id']}", json.dumps(message), ex=self.message_ttl_s)
            if exchange["source"] in ("llm", "fallback"):
                pipe.xadd(UNANSWERED_STREAM, {"message_id": exchange["message_id"], **_fields(message)},
                          maxlen=STREAM_MAXLEN, approximate=True)
            pipe.execute()

    def _store_rating(self, rating):
        raw = self.redis.get(f"message:{rating['message_id']}")
        if raw is None:
            return False
        self.redis.xadd(FEEDBACK_STREAM, {**rating, **_fields(json.loads(raw))}, maxlen=STREAM_MAXLEN, approximate=True)
        return True

    def _store_spooled(self):
        """Writes up to SPOOL_BATCH of what the spool holds (any process's), oldest first; an item
        Redis refuses goes back to the front and the Redis error is raised. A failing spool is
        logged, not raised."""
        written = 0
        while written < SPOOL_BATCH and self.spooled():
            try:
                kind, item = self.spool.popleft()
            except IndexError:  # another process took the last one
                break
            except SPOOL_ERRORS as exc:
                log.error("record spool unreadable (%s): its items wait there", exc.__class__.__name__)
                break
            try:
                if kind == "exchange":
                    self._store_exchange(item)
                elif not self._store_rating(item):
                    log.warning("spooled rating dropped: no message %s", item["message_id"])
            except (RedisError, OSError) as exc:
                self._keep(kind, item, exc, front=True)
                raise
            written += 1
        if written:
            log.info("%d spooled exchanges and ratings written to Redis", written)

    def spooled(self):
        """How many exchanges and ratings wait in the spool; None when it cannot be read."""
        try:
            return len(self.spool) if self.spool is not None else 0  # a count kept by diskcache: ~5 µs
        except SPOOL_ERRORS as exc:
            log.error("record spool unreadable: %s", exc.__class__.__name__)
            return None

    def _keep(self, kind, item, exc, front=False):
        """Spools what Redis did not take (at the front: it was the oldest); False when it is lost."""
        if self.spool is None:
            log.warning("%s not saved: %s", kind, exc.__class__.__name__)
            return False
        try:
            (self.spool.appendleft if front else self.spool.append)((kind, item))
        except SPOOL_ERRORS as spool_exc:
            log.error("%s lost: Redis unavailable (%s) and the spool too (%s)",
                      kind, exc.__class__.__name__, spool_exc.__class__.__name__)
            return False
        if not front:
            log.warning("Redis unavailable (%s): %s spooled until it returns", exc.__class__.__name__, kind)
        return True


def open_spool(directory):
    """The spool in `directory`; None, so exchanges are lost while Redis is down, when `directory`
    is empty or unusable."""
    if not directory:
        return None
    try:
        spool = diskcache.Deque(directory=directory)
        spool.cache.close()  # gunicorn forks after this: each process opens its own connection
        return spool
    except SPOOL_ERRORS as exc:
        log.error("record spool %s unusable (%s): exchanges made while Redis is down will be lost", directory, exc)
        return None


def _fields(message):
    return {k: str(v) for k, v in message.items()}


class NoConversations:
    """Keeps nothing: for evaluation, where every query stands alone."""

    def recent(self, conversation_id):
        return []

    def record(self, conversation_id, message_id, question, reply):
        pass
