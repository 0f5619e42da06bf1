"""The web tier's limit: a Flask endpoint returning constant JSON, served by the same gunicorn setup."""
from flask import Flask, jsonify

app = Flask(__name__)
REPLY = {"answer": "ok", "source": "faq", "faq_id": None, "language": "en", "cached": True}


@app.post("/api/chat/")
def chat():
    return jsonify(REPLY)
