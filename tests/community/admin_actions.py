"""What a reviewer does in the Wagtail admin, as the browser would post it."""

from django.test import Client
from django.urls import reverse
from wagtail.blocks import StructValue
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from tests.test_workflow import WagtailTestUtils, action_names, loaded_form

__all__ = ["action_names", "approve", "client_for", "edit_url", "publish_in_editor"]


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def task_state_of(page):
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_state
    assert state is not None, f"{page} is not in a workflow"
    return state.current_task_state


def approve(client, page):
    """Approve the page's current workflow task through Wagtail's workflow action view."""
    task_state = task_state_of(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def _stream_form_data(draft):
    """StreamFields are drawn by JavaScript: post the draft's blocks as the browser would."""
    data = {}
    for field in type(draft)._meta.get_fields():
        if isinstance(field, StreamField):
            blocks = {}
            for index, block in enumerate(getattr(draft, field.name)):
                value = block.value
                if isinstance(value, StructValue):
                    value = {k: "" if v is None else v for k, v in value.items()}
                # The block's id goes back too, as the editor's JavaScript sends it.
                blocks[str(index)] = {
                    "type": block.block_type,
                    "value": value,
                    "id": block.id,
                    "deleted": "",
                    "order": str(index),
                }
            data[field.name] = {**blocks, "count": str(len(blocks))}
    return nested_form_data(data)


def publish_in_editor(client, page):
    """Press Publish in the page editor on the draft as it stands; returns the response."""
    page = Page.objects.get(pk=page.pk).specific
    data = loaded_form(client, edit_url(page), "page-edit-form")
    # A ticked box with no value attribute is sent as "on" by a browser (the helper
    # sends "", which Django reads as unticked).
    form = WagtailTestUtils.get_soup(client.get(edit_url(page)).content).find(
        "form", id="page-edit-form"
    )
    for box in form.find_all("input", type="checkbox", checked=True):
        if "value" not in box.attrs:
            data[box["name"]] = "on"
    data.update(_stream_form_data(page.get_latest_revision_as_object()))
    data.update(nested_form_data({"comments": inline_formset([])}))
    data["action-publish"] = "1"
    return client.post(edit_url(page), data)
