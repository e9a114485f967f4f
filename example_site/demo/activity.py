"""The demo's activity: diagrams for its tools and frameworks, made-up engagement and
community submissions. ``load_demo_content`` calls :func:`load_activity` once, after the
content it depends on; each part adds only what is missing."""

from django.utils import timezone

from .engagement import seed_engagement
from .images import seed_images
from .submissions import seed_submissions


def load_activity(say=print, today=None):
    """Seed the demo's made-up activity (each part is idempotent)."""
    today = today or timezone.localdate()
    seed_images(say=say)
    seed_submissions(say=say)
    seed_engagement(today, say=say)
