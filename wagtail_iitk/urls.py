"""The package's URLs. Include once, before Wagtail's own: ``path("", include(iitk_urls))``.

The toolkit's pages are Wagtail pages and are served by Wagtail; this module holds the
package's other routes (the API and embeds arrive here in later versions).
"""

app_name = "wagtail_iitk"
urlpatterns = []
