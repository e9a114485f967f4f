"""The language switcher: a link in every page's footer that sets the language cookie.

Django's ``set_language`` view only switches on POST, which would put a CSRF token (and
so a cookie and ``Vary: Cookie``) on every public page. This GET view does the same job
from a plain link: it writes no database row, only the visitor's language cookie, and
sends them back to the page they came from on this site.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def site_languages():
    """The languages a site offers visitors: its own LANGUAGES setting, or none when it
    left Django's default (a hundred languages nobody translated) in place."""
    if not settings.is_overridden("LANGUAGES") or len(settings.LANGUAGES) < 2:
        return []
    return list(settings.LANGUAGES)


def language_links(request):
    """[{code, name, url}] for each offered language other than the current one; empty
    when the site offers one language or did not include the switcher's URL."""
    try:
        switch_url = reverse("wagtail_iitk_language")
    except NoReverseMatch:
        return []
    current = (get_language() or "").lower()
    back = request.get_full_path() if request is not None else "/"
    links = []
    for code, name in site_languages():
        if code.lower() == current:
            continue
        query = f"language={code}&next={quote(back, safe='/')}"
        links.append({"code": code, "name": name, "url": f"{switch_url}?{query}"})
    return links


@require_safe
@never_cache
def switch_language(request):
    """Set the language cookie to ``?language=`` (one the site offers) and go back to
    ``?next=`` when it is a page of this site, else to the site's root."""
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    code = request.GET.get("language", "")
    if code in dict(site_languages()):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response
