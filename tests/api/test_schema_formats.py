"""The schema in both formats (issue: YAML answered 500 on the submission kinds)."""

import json

import pytest
import yaml

SCHEMA = "/api/iitk/v1/schema/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "headers"),
    [({"format": "yaml"}, {}), ({}, {"HTTP_ACCEPT": "application/yaml"})],
    ids=["format=yaml", "Accept: application/yaml"],
)
def test_the_schema_is_served_as_yaml(client, params, headers):
    as_yaml = client.get(SCHEMA, params, **headers)
    assert as_yaml.status_code == 200, as_yaml.content[:300]
    assert "openapi" in as_yaml["Content-Type"] or "yaml" in as_yaml["Content-Type"]
    as_json = client.get(SCHEMA, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 200
    assert "json" in as_json["Content-Type"]
    assert yaml.safe_load(as_yaml.content) == json.loads(as_json.content)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [{"format": "json"}, {"_": "1733100000000"}, {"utm_source": "intranet", "utm_medium": "x"}],
)
def test_parameters_that_change_nothing_are_accepted_everywhere(client, params):
    plain = client.get("/api/iitk/v1/tools/")
    tagged = client.get("/api/iitk/v1/tools/", params)
    assert tagged.status_code == 200, tagged.content
    assert tagged["ETag"] == plain["ETag"]
    assert tagged.content == plain.content


@pytest.mark.django_db
def test_another_format_or_an_unknown_parameter_is_still_a_400(client):
    assert client.get("/api/iitk/v1/tools/", {"format": "xml"}).status_code == 400
    assert client.get("/api/iitk/v1/tools/", {"utmsource": "x"}).status_code == 400


@pytest.mark.django_db
def test_every_read_declares_its_statuses_and_the_partner_parameter(client):
    schema = json.loads(client.get(SCHEMA, HTTP_ACCEPT="application/json").content)
    reads = [
        (path, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method == "get" and not path.endswith(("/schema/", "/docs/"))
    ]
    assert len(reads) > 10
    statuses = {"200", "304", "400", "404", "405", "429", "503"}
    for path, operation in reads:
        assert statuses <= set(operation["responses"]), path
        names = {parameter["name"] for parameter in operation.get("parameters", [])}
        assert "partner" in names, path
    oembed = schema["paths"]["/api/iitk/v1/oembed/"]["get"]
    assert "501" in oembed["responses"]
