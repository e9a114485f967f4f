"""The floor (TARGETS.md): a hand-written ``values()`` → ``JsonResponse`` list of the tool
cards' plain fields, with no visibility rules, taxonomy, counts or links. Mounted at
``/bench/floor/tools/`` by the in-process benchmark's URLs and the HTTP benchmark's."""

from django.http import JsonResponse

from wagtail_iitk.models import ToolPage


def floor_tools(request):
    limit = min(int(request.GET.get("limit", 20)), 100)
    rows = (
        ToolPage.objects.live()
        .order_by("title")
        .values("id", "slug", "title", "purpose", "url_path")[:limit]
    )
    return JsonResponse({"results": list(rows)})
