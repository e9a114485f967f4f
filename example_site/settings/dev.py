"""Development settings: the demo runs from these with no environment at all."""

import os
import secrets

import django

from .base import *  # noqa: F403
from .base import PROJECT_DIR

DEBUG = os.environ.get("DEBUG", "1") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")


def _development_secret_key():
    """A random key kept in a git-ignored file, so sessions survive restarts."""
    path = PROJECT_DIR / ".secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _development_secret_key()
# Emails are printed. Django 6.1 configures email through MAILERS and deprecates
# EMAIL_BACKEND; 5.2 has only EMAIL_BACKEND.
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
