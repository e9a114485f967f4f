"""What the API reference page (``docs/``, Redoc) loads: this site's files only.

Redoc comes from drf-spectacular-sidecar's static files, but its sidebar footer asks
for Redocly's logo from ``cdn.redoc.ly`` as soon as it mounts. ``docs/redoc.js`` serves
the same bundle with that address taken out (Redoc then shows no logo: an image with
no address fails at once, and Redoc hides it), read from the sidecar once per process.
The page's Content-Security-Policy keeps it that way: whatever a later Redoc asks for,
the browser loads nothing from another host.
"""

import gzip
import hashlib
from functools import lru_cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.views.decorators.http import require_safe

from ..web.origins import static_sources

#: The sidecar's Redoc bundle, as a static path.
REDOC = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"
#: What Redoc would fetch from another host, and what it gets instead.
OFF_SITE = {"https://cdn.redoc.ly/redoc/logo-mini.svg": ""}
MAX_AGE = 24 * 60 * 60


@lru_cache(maxsize=1)
def redoc_bundle():
    """(JavaScript, its gzip, its ETag): Redoc with every off-site address taken out."""
    code = Path(finders.find(REDOC)).read_text(encoding="utf-8")
    for address, replacement in OFF_SITE.items():
        code = code.replace(address, replacement)
    data = code.encode()
    return data, gzip.compress(data, mtime=0), '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


@require_safe
def redoc_script(request):
    """``docs/redoc.js``: the bundle, compressed when the browser takes gzip."""
    data, compressed, etag = redoc_bundle()
    response = get_conditional_response(request, etag=etag)
    if response is None:
        gzipped = "gzip" in request.headers.get("Accept-Encoding", "")
        response = HttpResponse(compressed if gzipped else data, content_type="text/javascript")
        if gzipped:
            response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def reference_policy():
    """The page's Content-Security-Policy: everything from this site (and its static
    files' host), nothing from elsewhere. Redoc injects its styles at run time
    (styled-components) and runs its search in a worker made from a blob."""
    assets = static_sources()
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            f"style-src {assets} 'unsafe-inline'",
            f"img-src {assets} data:",
            f"font-src {assets} data:",
            "connect-src 'self'",
            "worker-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )
