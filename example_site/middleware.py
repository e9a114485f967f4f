"""The example site's Content-Security-Policy middleware (django-csp)."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

#: Where example_site/urls.py mounts Wagtail's admin.
ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """The site's policy everywhere; in Wagtail's admin, inline script as well.

    Wagtail 8's page editor still runs inline scripts (chooser widgets' set-up, and
    jQuery evaluating the scripts of HTML it inserts), so the admin needs
    ``'unsafe-inline'`` in ``script-src``. Public pages keep ``script-src 'self'``.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
