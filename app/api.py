"""The JSON API: POST /api/chat/ and GET /api/health."""
from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, request
from redis.exceptions import RedisError

import logs
from app.conversation import VALID_ID
from app.extensions import limiter
from app.language import ANSWERABLE_LANGUAGES
from settings import SUPPORTED_LANGUAGES

# Beyond the five curated languages, any code googletrans knows is machine-translated.
ACCEPTED_LANGUAGES = ANSWERABLE_LANGUAGES | {"auto"}

bp = Blueprint("api", __name__, url_prefix="/api")
OPENAPI = (Path(__file__).parent / "openapi.json").read_text(encoding="utf-8")


class BadRequest(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message, self.status = message, status


@bp.errorhandler(BadRequest)
def _bad_request(exc):
    return jsonify(error=exc.message), exc.status


def _json_object(fields):
    if not request.is_json:
        raise BadRequest("the body must be JSON, sent with Content-Type: application/json", 415)
    try:
        data = request.get_json(silent=True)
    except RecursionError:
        raise BadRequest("the body is nested too deeply") from None
    if data is None:
        raise BadRequest("the body is not valid JSON")
    if not isinstance(data, dict):
        raise BadRequest(f"the body must be a JSON object with {fields}")
    return data


def _require_unicode(text, name):
    """JSON's escapes can spell half a UTF-16 pair ("\\ud800"), which no store or service takes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest(f"'{name}' is not valid Unicode (it holds an unpaired surrogate)") from None


def _chat_input():
    data = _json_object("a 'query' field")
    query = data.get("query")
    if query is None:
        raise BadRequest("'query' is required")
    if not isinstance(query, str):
        raise BadRequest("'query' must be a string")
    if not any(char.isprintable() and not char.isspace() for char in query):
        raise BadRequest("'query' must not be empty")
    _require_unicode(query, "query")
    limit = current_app.config["MAX_QUERY_CHARS"]
    if len(query) > limit:
        raise BadRequest(f"'query' is longer than {limit} characters")
    language = data.get("language", "en")
    if not isinstance(language, str) or language not in ACCEPTED_LANGUAGES:
        raise BadRequest(f"'language' must be one of: {', '.join(SUPPORTED_LANGUAGES)}, or auto "
                         "(or another code googletrans supports, answered in English when it cannot translate)")
    conversation_id = data.get("conversation_id")
    if conversation_id is not None and (not isinstance(conversation_id, str) or not VALID_ID.match(conversation_id)):
        raise BadRequest("'conversation_id' must be 1-64 letters, digits, '-' or '_'")
    return query.strip(), language, conversation_id


@bp.post("/chat/", strict_slashes=False)
@limiter.limit(lambda: current_app.config["CHAT_RATE_LIMIT"])
def chat():
    query, language, conversation_id = _chat_input()
    reply = current_app.extensions["pipeline"].answer(query, language, conversation_id=conversation_id,
                                                      request_id=logs.request_id.get())
    return jsonify(reply)


@bp.post("/feedback")
@limiter.limit(lambda: current_app.config["CHAT_RATE_LIMIT"])
def feedback():
    data = _json_object("'message_id' and 'helpful'")
    message_id, helpful, comment = data.get("message_id"), data.get("helpful"), data.get("comment")
    if not isinstance(message_id, str) or not VALID_ID.match(message_id):
        raise BadRequest("'message_id' must be the message_id of a chat reply")
    if not isinstance(helpful, bool):
        raise BadRequest("'helpful' must be true or false")
    if comment is not None and (not isinstance(comment, str) or len(comment) > 1000):
        raise BadRequest("'comment' must be a string of at most 1000 characters")
    if comment is not None:
        _require_unicode(comment, "comment")
    try:
        stored = current_app.extensions["conversations"].feedback(message_id, helpful, comment)
    except (RedisError, OSError):
        return jsonify(error="feedback cannot be stored right now; please try again"), 503
    if stored is None:
        return jsonify(stored=False, queued=True), 202
    if not stored:
        return jsonify(error="no such message_id (it may have expired)"), 404
    return jsonify(stored=True), 201


@bp.get("/openapi.json")
def openapi():
    return Response(OPENAPI, mimetype="application/json")


@bp.get("/health")
def health():
    report = current_app.extensions["health"].report()
    return jsonify(report), 200 if report["status"] == "ok" else 503
