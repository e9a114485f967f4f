"""Screening for patient-identifiable information, and the spam signals."""

import datetime

import pytest
from django.utils import timezone

from wagtail_iitk.community.screening import (
    count_links,
    find_pii,
    nhs_number_is_valid,
    pii_flags,
    spam_signals,
)


def kinds(text):
    return [(found["kind"], found["text"]) for found in find_pii(text)]


# NHS numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "9434765919",  # check digit 9
        "4010232137",  # check digit 7
        "4000000020",  # 11 - 0 = 11, which stands for a check digit of 0
    ],
)
def test_valid_nhs_numbers_pass_the_modulus_11_check(number):
    assert nhs_number_is_valid(number)


@pytest.mark.parametrize(
    "number",
    [
        "9434765918",  # wrong check digit
        "9434765910",
        "1234567890",  # 11 - remainder is 10: no number with these nine digits is valid
        "1234567891",
        "0000000000",  # identical digits are never issued, though the sum works
        "5555555555",
        "943476591",  # nine digits
        "94347659190",  # eleven
        "943476591x",
    ],
)
def test_invalid_nhs_numbers_fail(number):
    assert not nhs_number_is_valid(number)


@pytest.mark.parametrize(
    "written", ["9434765919", "943 476 5919", "943-476-5919", "943 476-5919", "943476 5919"]
)
def test_nhs_numbers_are_found_however_they_are_spaced(written):
    text = f"Patient ({written}) was seen twice."
    found = find_pii(text)
    assert [f["kind"] for f in found] == ["nhs_number"]
    assert text[found[0]["start"] : found[0]["end"]] == written == found[0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Ref 943 476 5918 in the audit.",  # check digit wrong
        "Ref 1234567890.",  # check digit would be 10
        "Order 94347659191 arrived.",  # eleven digits: part of a longer number
        "Account 19434765919.",
        "Batch 12 943 476 5919 3",  # digits run on either side
        "We saw 0000000000 in a blank field.",
    ],
)
def test_numbers_that_are_not_nhs_numbers_are_not_flagged(text):
    assert [k for k, _t in kinds(text) if k == "nhs_number"] == []


# Dates of birth -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB: 12/03/1954", "12/03/1954"),
        ("d.o.b. 1.4.48", "1.4.48"),
        ("date of birth 3 March 1961", "3 March 1961"),
        ("born on 21st Sept 1939", "21st Sept 1939"),
        ("Born 2015-06-01, the child", "2015-06-01"),  # recent, but cued
        ("birthday June 2, 2019", "June 2, 2019"),
        ("seen with her, 02-04-1948, in clinic", "02-04-1948"),  # long ago, no cue
    ],
)
def test_dates_of_birth_are_flagged(text, date):
    assert kinds(text) == [("date_of_birth", date)]


@pytest.mark.parametrize(
    "text",
    [
        "We started in March 2021.",  # no day
        "The 2019 audit.",
        "Version 1.2.3 of the form.",
        "Between 31/02/1950 and never.",  # not a calendar date
        "Dose 10/20 mg.",  # not a date at all
    ],
)
def test_things_that_are_not_dates_of_birth_are_not_flagged(text):
    assert kinds(text) == []


def test_a_recent_date_without_a_cue_is_a_project_date_not_a_birth_date():
    recent = timezone.localdate() - datetime.timedelta(days=400)
    assert kinds(f"On {recent:%d/%m/%Y} we held the first workshop.") == []
    future = timezone.localdate() + datetime.timedelta(days=30)
    assert kinds(f"Born {future:%d/%m/%Y}?") == []


# Postcodes, phone numbers, email addresses --------------------------------------------------


@pytest.mark.parametrize(
    "postcode", ["CB2 1PZ", "SW1A 1AA", "M1 1AE", "B33 8TH", "EC1A 1BB", "W1A 0AX", "cb21pz"]
)
def test_uk_postcodes_are_flagged(postcode):
    assert kinds(f"She lives at {postcode}, near the park.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "The CB2 area.",  # an outward code alone
        "Print it on A3 2nd thing.",  # an ordinal, in lower case
        "Room B12, floor 3.",
        "QV1 1AA is not a postcode area.",  # Q is never a first letter
    ],
)
def test_things_that_are_not_postcodes_are_not_flagged(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "07700900123",
        "020 7946 0958",
        "(020) 7946 0958",
        "0117 496 0123",
        "01632 960 001",
        "+44 7700 900123",
        "+44 (0)20 7946 0958",
        "0044 20 7946 0958",
        "0808-157-0192",
    ],
)
def test_uk_phone_numbers_are_flagged(phone):
    assert kinds(f"Call {phone} after six.") == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "We cut waits from 2019 to 2021 by 35%.",
        "0900 1234 5678 9",  # too long, and 09 is not a number people share
        "01-02-2024 was the start.",
        "Ward 0 7 has 12 beds.",
        "Tel 12345 678901",  # no leading 0
    ],
)
def test_things_that_are_not_phone_numbers_are_not_flagged(text):
    assert [k for k, _t in kinds(text) if k == "phone"] == []


def test_email_addresses_are_flagged_but_handles_are_not():
    assert kinds("Write to jo.bloggs+ward7@nhs.net today.") == [
        ("email", "jo.bloggs+ward7@nhs.net")
    ]
    assert kinds("Follow @NHSEngland or see nhs.uk.") == []


def test_each_find_is_reported_once_with_offsets_in_order():
    text = "NHS 943 476 5919, DOB 02/04/1948, CB2 1PZ, 07700 900123, a@b.org."
    found = find_pii(text)
    assert [f["kind"] for f in found] == [
        "nhs_number",
        "date_of_birth",
        "postcode",
        "phone",
        "email",
    ]
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]


def test_plain_improvement_text_raises_no_flags():
    text = (
        "Over 12 weeks the team ran 6 PDSA cycles on ward 7B. Missed doses fell from 14 to "
        "4 a week (a 71% fall). We met every Tuesday at 08:30 in room 2.14 and used a run "
        "chart with 20 data points. Phase 2 starts in April 2025."
    )
    assert find_pii(text) == []
    assert find_pii("") == [] and find_pii(None) == []


def test_flags_name_the_field_they_came_from():
    flags = pii_flags([("summary", "Fine."), ("tool_usages[1].how_used", "Ring 07700 900123")])
    assert flags == [
        {
            "field": "tool_usages[1].how_used",
            "kind": "phone",
            "start": 5,
            "end": 17,
            "text": "07700 900123",
        }
    ]


# Spam signals -------------------------------------------------------------------------------


def signals(**kwargs):
    options = {"honeypot": None, "elapsed_ms": None, "texts": [], "min_seconds": 3}
    options["max_links"] = 5
    options.update(kwargs)
    return [s["signal"] for s in spam_signals(**options)]


def test_spam_signals():
    assert signals() == []
    assert signals(honeypot="") == []
    assert signals(honeypot="https://x.example") == ["honeypot"]
    assert signals(honeypot=0) == ["honeypot"]  # anything at all in the hidden field
    assert signals(elapsed_ms=2999) == ["too_fast"]
    assert signals(elapsed_ms=3000) == []
    links = [("summary", "see https://a.example and www.b.example"), ("tips[0]", "http://c.x")]
    assert count_links(links) == 3
    assert signals(texts=links, max_links=3) == []
    assert signals(texts=links, max_links=2) == ["too_many_links"]
    assert signals(honeypot="x", elapsed_ms=10, texts=links, max_links=0) == [
        "honeypot",
        "too_fast",
        "too_many_links",
    ]
