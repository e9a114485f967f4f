"""The benchmarks' URLs plus the events benchmark's baseline: a no-op view answering 204."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from benchmarks.urls import urlpatterns as bench_urlpatterns


@csrf_exempt
def noop(request):
    """The baseline: what any POST answered 204 costs through the full middleware stack."""
    return HttpResponse(status=204)


urlpatterns = [
    path("bench/noop/", noop, name="bench-noop"),
    *bench_urlpatterns,
]
