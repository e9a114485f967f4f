"""Security headers for HTML responses that must not be framed.

Kept free of model imports: the page mixins use it while the models are loading.
"""

from functools import lru_cache, wraps

from django.conf import settings

CSP = "Content-Security-Policy"
DENY_FRAMING = "frame-ancestors 'none'"
#: django-csp's middleware, which writes the site's policy after the view has run.
DJANGO_CSP_MIDDLEWARE = "csp.middleware.CSPMiddleware"


def referrer_policy():
    """The site's own ``SECURE_REFERRER_POLICY``, else ``same-origin`` (Django's default)."""
    policy = getattr(settings, "SECURE_REFERRER_POLICY", None)
    if isinstance(policy, list | tuple):
        policy = ",".join(policy)
    return policy or "same-origin"


def _django_csp_writes_the_policy():
    """Whether django-csp's middleware (or a subclass of it) is in MIDDLEWARE."""
    return _has_django_csp(tuple(getattr(settings, "MIDDLEWARE", ())))


@lru_cache(maxsize=4)
def _has_django_csp(middleware_paths):
    from django.utils.module_loading import import_string

    for path in middleware_paths:
        if path.startswith(("django.", "wagtail.", "corsheaders.")):
            continue
        try:
            bases = import_string(path).__mro__
        except (ImportError, AttributeError):
            continue
        if any(f"{base.__module__}.{base.__qualname__}" == DJANGO_CSP_MIDDLEWARE for base in bases):
            return True
    return False


def deny_framing(response):
    """Forbid other sites to frame ``response``; add nosniff and a Referrer-Policy.

    A Content-Security-Policy already on the response (the site's own, say) is left
    alone, and so are headers the site set itself. Where django-csp writes the site's
    policy (after the view), that policy is kept, with ``frame-ancestors 'none'``.
    """
    if CSP not in response:
        if _django_csp_writes_the_policy():
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = ["'none'"]
            response._csp_replace = replace
        else:
            response[CSP] = DENY_FRAMING
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", referrer_policy())
    return response


def framing_denied(view):
    """Decorate a view so its responses go through :func:`deny_framing`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        return deny_framing(response)

    return wrapped
