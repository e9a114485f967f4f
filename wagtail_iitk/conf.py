"""The package's settings: one namespaced dict, ``WAGTAIL_IITK``, with documented defaults.

Read a setting with ``iitk_settings.NAME``. Values are looked up on first use and
forgotten when Django's ``setting_changed`` signal fires, so ``override_settings``
works in tests.
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

SETTINGS_NAME = "WAGTAIL_IITK"


class AnyOf(tuple):
    """A setting that may take one of several types, e.g. ``AnyOf((str, list))``.

    ``isinstance()`` accepts it like any tuple of types, and it has a readable
    ``__name__`` ("str or list") for the system checks' messages.
    """

    @property
    def __name__(self):
        return " or ".join(kind.__name__ for kind in self)


#: Every setting, its default, and the type a site must give it.
DEFAULTS = {
    # The toolkit's name: page titles, the default toolkit home title.
    "TOOLKIT_NAME": ("Improving Improvement Toolkit", str),
    # When an item is marked as reviewed, its next review falls due this many days later.
    "REVIEW_INTERVAL_DAYS": (365, int),
    # Name of the default editorial workflow created by ``iitk_setup``.
    "WORKFLOW_NAME": ("Toolkit review", str),
    # Name of the workflow every community contribution's draft is put into.
    "COMMUNITY_WORKFLOW_NAME": ("Community review", str),
    # The two-person rule: the reviewer who approved the editorial step of the toolkit
    # workflow cannot also approve publishing the same revision (its "Approval to
    # publish" task, a ``PublishingApprovalTask``). Off by default.
    "TWO_PERSON_RULE": (False, bool),
    # Group names created by ``iitk_setup``.
    "EDITORS_GROUP": ("Toolkit editors", str),
    "REVIEWERS_GROUP": ("Toolkit reviewers", str),
    # Label of the admin menu that holds every toolkit model.
    "ADMIN_MENU_LABEL": ("Toolkit", str),
    # Results per page on public index pages.
    "PAGE_SIZE": (24, int),
    # --- The JSON API (/api/iitk/v1/) ---
    # Items per list page when the client gives no ``limit``, and the most it may ask for.
    "API_DEFAULT_LIMIT": (20, int),
    "API_MAX_LIMIT": (100, int),
    # Cache-Control: browsers keep a response this long (max-age) ...
    "API_MAX_AGE": (300, int),
    # ... shared caches (CDNs) this long (s-maxage) ...
    "API_SHARED_MAX_AGE": (600, int),
    # ... and may serve it stale this long while they fetch a fresh copy.
    "API_STALE_WHILE_REVALIDATE": (86400, int),
    # Seconds a rendered response stays in Django's cache (it is also invalidated on publish).
    "API_SERVER_CACHE_TIMEOUT": (3600, int),
    # Name of the Django cache the API uses.
    "API_CACHE_ALIAS": ("default", str),
    # Seconds the content version is kept in that cache. Every change writes the new
    # version there at once; the timeout only bounds how long a process with its own
    # local-memory cache may miss a change made by another process.
    "CONTENT_VERSION_CACHE_TIMEOUT": (5, int),
    # Seconds each process may reuse the version, and the cached responses of that
    # version, that it last read from the shared cache (0, the default: ask on every
    # request). With Redis, a second saves both round trips of a cached request; another
    # process sees a change at most this long after it (the one that made it, at once).
    "CONTENT_VERSION_LOCAL_TIMEOUT": (0, AnyOf((int, float))),
    # Origins that may read the API from a browser: ["*"] for any (the content is public).
    "API_CORS_ALLOWED_ORIGINS": (["*"], list),
    # Per-address limit on the API's reads (GET, HEAD), e.g. "100000/hour"; "" (the
    # default) leaves reads unthrottled: a whole trust often shares one address, and the
    # server cache and a CDN absorb repeated reads. Writes have their own limits
    # (SUBMISSION_THROTTLE_RATE, EVENTS_THROTTLE_RATE).
    "API_THROTTLE_RATE": ("", str),
    # How many reverse proxies (load balancer, CDN) stand in front of the site. Throttling
    # keys on the address the outermost of them saw; 0 means REMOTE_ADDR itself.
    "API_TRUSTED_PROXIES": (0, int),
    # The longest search text accepted, in characters.
    "API_MAX_QUERY_LENGTH": (200, int),
    # Image renditions the API offers: name -> Wagtail filter spec. Clients cannot ask
    # for any other spec.
    "API_IMAGE_RENDITIONS": (
        {"card": "fill-640x360", "full": "max-1200x1200"},
        dict,
    ),
    # --- Embeds (/iitk/embed/) and the oEmbed provider (/api/iitk/v1/oembed/) ---
    # Who may frame the embeds, besides the toolkit itself: "partners" (the allowed
    # origins of every active partner organisation), or a list of origins such as
    # ["https://intranet.example.nhs.uk"] (it may include "partners"); "*" means any site.
    "EMBED_FRAME_ANCESTORS": ("partners", AnyOf((str, list))),
    # The size of the iframe an oEmbed response offers, in CSS pixels, before a
    # consumer's maxwidth / maxheight make it smaller.
    "EMBED_WIDTH": (600, int),
    "EMBED_HEIGHT": (420, int),
    # How long (seconds) an oEmbed consumer may keep a response (its ``cache_age``).
    "EMBED_OEMBED_CACHE_AGE": (3600, int),
    # --- Community submissions (submissions/ and the site's contribution forms) ---
    # The largest JSON body submissions/ accepts, in bytes (a larger one is a 413).
    "SUBMISSION_MAX_BODY_BYTES": (65536, int),
    # Origins whose pages may post submissions from the browser, besides the toolkit's
    # own and the allowed origins of active partner organisations.
    "SUBMISSION_ALLOWED_ORIGINS": ([], list),
    # Per-client limit on submissions (API and site forms), e.g. "10/hour"; "" turns it off.
    "SUBMISSION_THROTTLE_RATE": ("10/hour", str),
    # A submission sent sooner than this after its form was shown is taken for spam.
    "SUBMISSION_MIN_SECONDS": (3, int),
    # A submission whose free text holds more web links than this is taken for spam.
    "SUBMISSION_MAX_LINKS": (5, int),
    # Seconds during which an identical submission sent without an Idempotency-Key is
    # taken for a repeat of the first (a double click, a retry) and not stored again.
    "SUBMISSION_DUPLICATE_WINDOW": (300, int),
    # Seconds a submission may stay "received" without a draft before
    # ``iitk_sweep_contributions`` queues its conversion again.
    "SUBMISSION_SWEEP_AFTER": (300, int),
    # --- Discussion on tool, framework and story pages (discussions/ and the page forms) ---
    # True: replies in a thread an editor has opened are published at once, and moderated
    # afterwards (screening flags and spam signals still send a reply to the queue).
    "DISCUSSION_POST_MODERATE_OPEN_THREADS": (False, bool),
    # A public post reported this many times is hidden until a reviewer looks at it.
    "DISCUSSION_HIDE_AFTER_REPORTS": (3, int),
    # Per-client limit on reports of posts, e.g. "20/hour"; "" turns it off.
    "DISCUSSION_REPORT_THROTTLE_RATE": ("20/hour", str),
    # Days after the decision on a contribution (published, rejected, spam) when the
    # contributor's name, role, organisation and email are erased; a name and organisation
    # published as a credit, with consent, stay (see community.retention).
    "CONTRIBUTOR_RETENTION_DAYS": (180, int),
    # --- Engagement (anonymous daily counts: views, impressions, "I used this tool") ---
    # False: nothing is counted; events/ still answers 204, and the toolkit's pages carry
    # neither the view-counting script nor the "I used this tool" / "helpful" buttons.
    "ENGAGEMENT_ENABLED": (True, bool),
    # Per-client limit on events/ and on the buttons, e.g. "600/minute"; "" turns it off.
    # Keep it generous: a trust's staff often reach the internet through one address.
    "EVENTS_THROTTLE_RATE": ("600/minute", str),
    # "I used this tool" and "helpful" marks one address may add a day to each item (they
    # are public figures); the rest of its marks that day are not counted. They count
    # only from the toolkit's own pages and active partners' allowed origins.
    "EVENTS_DAILY_MARKS_PER_ADDRESS": (10, int),
    # The most events one batch may carry, and the largest body events/ reads, in bytes.
    "EVENTS_MAX_BATCH": (50, int),
    "EVENTS_MAX_BODY_BYTES": (16384, int),
    # --- Events (workshops, online discussions, site visits, training) ---
    # The time zone event times are entered and shown in (stored in UTC).
    "EVENT_TIME_ZONE": ("Europe/London", str),
    # Days after an event ends before its registrants' names, emails and organisations
    # are erased (``iitk_erase_event_registrations``).
    "EVENT_RETENTION_DAYS": (30, int),
    # Per-client limit on registrations and cancellations, e.g. "10/hour"; "" turns it off.
    "EVENT_REGISTRATION_THROTTLE_RATE": ("10/hour", str),
    # --- Health checks (/healthz/, /readyz/) ---
    # /readyz/ names the task queue as down when its oldest waiting task has waited longer
    # than this many seconds (no worker is running, or it is stuck); 0: never.
    "READY_MAX_TASK_WAIT": (600, int),
}


class IITKSettings:
    """Attribute access to ``settings.WAGTAIL_IITK`` merged over :data:`DEFAULTS`."""

    def __init__(self):
        self._cache = {}

    @property
    def user_settings(self):
        value = getattr(settings, SETTINGS_NAME, {})
        return value if isinstance(value, dict) else {}

    def __getattr__(self, name):
        if name.startswith("_") or name not in DEFAULTS:
            raise AttributeError(f"Unknown {SETTINGS_NAME} setting: {name!r}")
        if name not in self._cache:
            self._cache[name] = self.user_settings.get(name, DEFAULTS[name][0])
        return self._cache[name]

    def reload(self):
        """Forget cached values; called when Django's settings change."""
        self._cache.clear()


iitk_settings = IITKSettings()


@receiver(setting_changed)
def _reload_settings(*, setting, **kwargs):
    if setting == SETTINGS_NAME:
        iitk_settings.reload()
