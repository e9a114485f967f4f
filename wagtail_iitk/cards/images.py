"""Image renditions for cards and details: only the specs in ``API_IMAGE_RENDITIONS``,
and the public pages' own (``PAGE_IMAGE_SPEC``).

Clients never choose a filter spec (that would let anyone fill the disk with
renditions); they get the named sizes the site configured. Renditions are made when a
change is written (``ensure_renditions``, from the change path), never while reading:
a read that finds one missing (a stale focal point, say) shows the original image.
"""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from ..conf import iitk_settings

#: The rendition a tool, framework or story page shows its image at (``{% iitk_image %}``).
PAGE_IMAGE_SPEC = "fill-800x450"


def _specs():
    return dict(iitk_settings.API_IMAGE_RENDITIONS)


def image_data(image_ids):
    """{image_id: {name: {"url", "width", "height", "alt"}}} for every allowed rendition
    name, in one query for any number of images (URLs are site-relative)."""
    image_ids = {pk for pk in image_ids if pk}
    if not image_ids:
        return {}
    specs = _specs()
    Rendition = get_image_model().get_rendition_model()
    images = {}
    found = {}
    renditions = Rendition.objects.filter(
        image_id__in=image_ids, filter_spec__in=set(specs.values())
    ).select_related("image")
    for rendition in renditions:
        image = images.setdefault(rendition.image_id, rendition.image)
        # A rendition made before the focal point moved is stale: skip it.
        if rendition.focal_point_key == Filter(rendition.filter_spec).get_cache_key(image):
            found[(rendition.image_id, rendition.filter_spec)] = rendition
    missing = image_ids - images.keys()
    if missing:  # no rendition yet: only then a query of their own
        images.update({i.pk: i for i in get_image_model().objects.filter(pk__in=missing)})
    data = {}
    for pk, image in images.items():
        alt = image.default_alt_text or ""
        data[pk] = {}
        for name, spec in specs.items():
            shown = found.get((pk, spec)) or image
            data[pk][name] = {
                "url": shown.file.url,
                "width": shown.width,
                "height": shown.height,
                "alt": alt,
            }
    return data


def card_image(image_id, images, name="card"):
    """The named rendition of an image from ``image_data``'s result, or None."""
    if not image_id:
        return None
    return images.get(image_id, {}).get(name)


def ensure_renditions(image_ids):
    """Make any allowed rendition of these images that does not exist yet (a write:
    called from the change path, after a commit)."""
    image_ids = {pk for pk in image_ids if pk}
    if not image_ids:
        return
    specs = [*_specs().values(), PAGE_IMAGE_SPEC]
    for image in get_image_model().objects.filter(pk__in=image_ids):
        image.get_renditions(*specs)
