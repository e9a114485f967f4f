"""The demo's admin hooks."""

from . import demo_notice  # noqa: F401 (registers the demo-data notice)
