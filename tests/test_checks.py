"""System checks explain a missing app or a mistyped setting in one sentence."""

import pytest
from django.test import override_settings

from wagtail_iitk.checks import check_required_apps, check_settings, check_urls_included
from wagtail_iitk.conf import iitk_settings


def test_a_correct_installation_passes():
    assert check_required_apps() == []
    assert check_settings() == []
    assert check_urls_included() == []


# The URLconf ---------------------------------------------------------------------------


@override_settings(ROOT_URLCONF="tests.urlconfs.without_iitk")
def test_urls_that_leave_out_wagtail_iitk_urls_are_an_error_that_names_the_fix():
    errors = check_urls_included()
    assert [e.id for e in errors] == ["wagtail_iitk.E006"]
    assert "wagtail_iitk.urls is not included in tests.urlconfs.without_iitk" in errors[0].msg
    assert "NoReverseMatch" in errors[0].msg
    assert 'path("", include("wagtail_iitk.urls"))' in errors[0].hint
    assert 'above path("", include(wagtail_urls))' in errors[0].hint


@override_settings(ROOT_URLCONF="tests.urlconfs.iitk_after_wagtail")
def test_urls_included_after_wagtails_catch_all_are_an_error_that_names_the_fix():
    errors = check_urls_included()
    assert [e.id for e in errors] == ["wagtail_iitk.E007"]
    assert "after Wagtail's page URLs (wagtail.urls)" in errors[0].msg
    for lost in ("/api/iitk/v1/", "/iitk/embed/questions/", "/iitk/engagement/mark/"):
        assert lost in errors[0].msg
    assert 'move path("", include("wagtail_iitk.urls")) above' in errors[0].hint


@override_settings(ROOT_URLCONF="tests.urlconfs.api_shadowed")
def test_any_view_that_shadows_the_toolkits_urls_is_named():
    errors = check_urls_included()
    assert [e.id for e in errors] == ["wagtail_iitk.E007"]
    assert "after the pattern of 'legacy-api'" in errors[0].msg
    assert "so the JSON API (/api/iitk/v1/) answers 404" in errors[0].msg
    assert "embeds" not in errors[0].msg  # those still work
    assert "above the pattern of 'legacy-api'" in errors[0].hint


@override_settings(ROOT_URLCONF="tests.urlconfs.iitk_under_a_prefix")
def test_urls_after_wagtail_are_fine_when_its_catch_all_cannot_reach_them():
    assert check_urls_included() == []


@override_settings(ROOT_URLCONF="tests.urlconfs.iitk_after_wagtail")
def test_manage_py_check_reports_the_urlconf_error():
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    with pytest.raises(SystemCheckError, match="wagtail_iitk.E007"):
        call_command("check", tags=["urls"])


def test_a_missing_app_is_named_with_how_to_fix_it(monkeypatch):
    # Changing INSTALLED_APPS for real would re-populate the app registry mid-run;
    # the check asks django.apps, so answer for it.
    from django.apps import apps

    real = apps.is_installed
    monkeypatch.setattr(apps, "is_installed", lambda name: name != "rest_framework" and real(name))
    errors = check_required_apps()
    assert [e.id for e in errors] == ["wagtail_iitk.E001"]
    assert "'rest_framework'" in errors[0].msg
    assert "Add 'rest_framework' to INSTALLED_APPS" in errors[0].hint


@override_settings(WAGTAIL_IITK=["not", "a", "dict"])
def test_settings_that_are_not_a_dict_are_reported():
    errors = check_settings()
    assert [e.id for e in errors] == ["wagtail_iitk.E002"]
    assert "must be a dict, not list" in errors[0].msg


@override_settings(WAGTAIL_IITK={"REVIEW_INTERVAL_DAYS": "365"})
def test_a_setting_of_the_wrong_type_is_reported_with_its_default():
    errors = check_settings()
    assert [e.id for e in errors] == ["wagtail_iitk.E004"]
    assert "must be int, not str" in errors[0].msg
    assert "365" in errors[0].hint


@override_settings(WAGTAIL_IITK={"REVIEW_INTERVAL_DAYS": True})
def test_a_boolean_is_not_accepted_as_a_number():
    assert [e.id for e in check_settings()] == ["wagtail_iitk.E004"]


@override_settings(WAGTAIL_IITK={"TOOLKIT_NAM": "typo"})
def test_an_unknown_setting_is_reported():
    errors = check_settings()
    assert [e.id for e in errors] == ["wagtail_iitk.E003"]
    assert "TOOLKIT_NAME" in errors[0].hint


def test_settings_have_defaults_and_follow_overrides():
    assert iitk_settings.REVIEW_INTERVAL_DAYS == 365
    with override_settings(WAGTAIL_IITK={"REVIEW_INTERVAL_DAYS": 90}):
        assert iitk_settings.REVIEW_INTERVAL_DAYS == 90
    assert iitk_settings.REVIEW_INTERVAL_DAYS == 365
