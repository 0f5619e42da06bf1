"""The chat page."""
from flask import Blueprint, render_template

from settings import SUPPORTED_LANGUAGES

bp = Blueprint("page", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static")

LANGUAGE_NAMES = {"en": "English", "hi": "हिन्दी", "fr": "Français", "es": "Español", "de": "Deutsch"}


@bp.get("/")
def index():
    languages = [(code, LANGUAGE_NAMES[code]) for code in SUPPORTED_LANGUAGES] + [("auto", "Auto")]
    return render_template("index.html", languages=languages)
