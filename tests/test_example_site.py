"""The example site's own URLs."""

import pytest
from django.test import override_settings


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="example_site.urls")
def test_the_demo_answers_favicon_requests(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("iitk_demo/favicon.svg")
