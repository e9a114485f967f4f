"""Image renditions for the API: only the specs in ``API_IMAGE_RENDITIONS``.

Clients never choose a filter spec (that would let anyone fill the disk with
renditions); they get the named sizes the site configured.
"""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from ..conf import iitk_settings


def image_data(image_ids, links):
    """{image_id: {name: {"url", "width", "height", "alt"}}} for every allowed rendition
    name, in one query for any number of images.

    Renditions that do not exist yet are made once (the first request pays for them).
    """
    image_ids = {pk for pk in image_ids if pk}
    if not image_ids:
        return {}
    specs = dict(iitk_settings.API_IMAGE_RENDITIONS)
    Rendition = get_image_model().get_rendition_model()
    found = {}
    images = {}
    renditions = Rendition.objects.filter(
        image_id__in=image_ids, filter_spec__in=set(specs.values())
    ).select_related("image")
    for rendition in renditions:
        image = images.setdefault(rendition.image_id, rendition.image)
        # A rendition made before the focal point moved is stale: skip it.
        if rendition.focal_point_key == Filter(rendition.filter_spec).get_cache_key(image):
            found[(rendition.image_id, rendition.filter_spec)] = rendition
    missing_images = image_ids - images.keys()
    if missing_images:
        images.update({i.pk: i for i in get_image_model().objects.filter(pk__in=missing_images)})
    data = {}
    for pk, image in images.items():
        data[pk] = {}
        for name, spec in specs.items():
            rendition = found.get((pk, spec)) or image.get_rendition(spec)
            data[pk][name] = {
                "url": links.absolute(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": image.default_alt_text or "",
            }
    return data
