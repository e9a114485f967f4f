"""The API's response shapes, declared field by field.

These serializers are the contract: the OpenAPI schema is generated from them, and the
test suite checks every response against them. The card and detail builders produce
plain dicts (about twice as fast as serialising model instances).
"""

from rest_framework import serializers as s


class ImageSerializer(s.Serializer):
    url = s.URLField(help_text="Absolute URL of the rendition.")
    width = s.IntegerField()
    height = s.IntegerField()
    alt = s.CharField(allow_blank=True)


class RichTextSerializer(s.Serializer):
    html = s.CharField(help_text="Sanitised HTML; links and images have absolute URLs.")
    text = s.CharField(help_text="The same content as plain text.")


class ChoiceSerializer(s.Serializer):
    value = s.CharField()
    label = s.CharField()


def slugs(help_text):
    return s.ListField(child=s.SlugField(), help_text=help_text)


def names(help_text):
    return s.ListField(child=s.CharField(), help_text=help_text)


class ToolLabelsSerializer(s.Serializer):
    perspectives = names("Perspective names, matching ``perspectives``.")
    stages = names("Stage names.")
    strands = names("Strand names.")
    categories = names("Category names.")
    evidence_level = s.CharField()


class FrameworkLabelsSerializer(s.Serializer):
    perspectives = names("Perspective names.")


class StoryLabelsSerializer(s.Serializer):
    care_sector = s.CharField(allow_blank=True)
    nation = s.CharField(allow_blank=True)
    tools = names("Titles of the tools the story used, matching ``tools``.")


class QuestionLabelsSerializer(s.Serializer):
    perspective = s.CharField()
    phase = s.CharField(allow_null=True)
    stages = names("Stage names.")


class CardSerializer(s.Serializer):
    type = s.CharField(help_text="tool, framework, story or question.")
    id = s.IntegerField()
    slug = s.SlugField()
    title = s.CharField()
    summary = s.CharField(allow_blank=True)
    url = s.URLField(allow_null=True, help_text="The item's page on the toolkit site.")
    api_url = s.URLField(help_text="The item's detail in this API.")


class ImageCardSerializer(CardSerializer):
    image = ImageSerializer(allow_null=True, help_text="A card-sized rendition, or null.")


class PageDetailSerializer(ImageCardSerializer):
    """The detail of a page kind with no serializer of its own (its card, with dates)."""

    published = s.DateTimeField(allow_null=True)
    updated = s.DateTimeField(allow_null=True)


class ToolCardSerializer(ImageCardSerializer):
    perspectives = slugs("Perspective slugs, in the toolkit's order.")
    stages = slugs("Stage slugs.")
    strands = slugs("Strand slugs.")
    categories = slugs("Category slugs.")
    evidence_level = s.CharField()
    story_count = s.IntegerField(help_text="Published stories that used this tool.")
    used_count = s.IntegerField(
        help_text='How many times people pressed "I used this tool", all time (anonymous).'
    )
    labels = ToolLabelsSerializer(help_text="Readable names for the slugs and values above.")


class FrameworkCardSerializer(ImageCardSerializer):
    abbreviation = s.CharField(allow_blank=True)
    perspectives = slugs("Perspectives the framework stresses.")
    tool_count = s.IntegerField()
    story_count = s.IntegerField()
    labels = FrameworkLabelsSerializer()


class StoryCardSerializer(ImageCardSerializer):
    care_sector = s.CharField(allow_blank=True)
    nation = s.CharField(allow_blank=True)
    organisation = s.CharField(
        allow_blank=True, help_text="The author's organisation, when they agreed to credit."
    )
    tools = slugs("Slugs of the tools the story used.")
    published = s.DateTimeField(allow_null=True)
    labels = StoryLabelsSerializer()


class QuestionCardSerializer(CardSerializer):
    short_label = s.CharField()
    perspective = s.SlugField()
    phase = s.SlugField(allow_null=True)
    stages = slugs("Stage slugs.")
    tool_count = s.IntegerField(help_text="Published tools that help answer it.")
    labels = QuestionLabelsSerializer()


class EventLabelsSerializer(s.Serializer):
    format = s.CharField()
    registration = s.CharField()
    perspectives = names("Perspective names, matching ``perspectives``.")
    tools = names("Titles of the tools it covers, matching ``tools``.")
    frameworks = names("Titles of the frameworks it covers, matching ``frameworks``.")


class EventCardSerializer(CardSerializer):
    type = s.ChoiceField(choices=["event"], help_text="The kind of item.")
    format = s.ChoiceField(
        choices=["workshop", "online-discussion", "site-visit", "training"],
        help_text="What kind of event it is.",
    )
    start = s.DateTimeField(help_text="When it starts, in UTC (ISO 8601).")
    end = s.DateTimeField(help_text="When it ends, in UTC (ISO 8601).")
    time_zone = s.CharField(help_text="The time zone the toolkit shows its times in.")
    place = s.CharField(allow_blank=True, help_text="Venue and address; empty when online only.")
    online = s.BooleanField(help_text="Whether people can join online.")
    organiser = s.CharField()
    audience = s.CharField(allow_blank=True)
    registration = s.ChoiceField(
        choices=["none", "external", "toolkit"],
        help_text="none: just come; external: book through booking_url (in the detail); "
        "toolkit: register on the event's page.",
    )
    perspectives = slugs("Perspective slugs.")
    tools = slugs("Slugs of the published tools it covers.")
    frameworks = slugs("Slugs of the published frameworks it covers.")
    labels = EventLabelsSerializer()


class ReferenceSerializer(s.Serializer):
    title = s.CharField()
    authors = s.CharField(allow_blank=True)
    year = s.IntegerField(allow_null=True)
    publisher = s.CharField(allow_blank=True)
    url = s.URLField(allow_null=True)


class StepSerializer(s.Serializer):
    text = s.CharField()
    detail = s.CharField(allow_blank=True)


class ResourceSerializer(s.Serializer):
    type = s.ChoiceField(choices=["document", "link", "template"])
    title = s.CharField()
    description = s.CharField(allow_blank=True)
    url = s.URLField(
        allow_null=True,
        help_text="Absolute: a document through the site's document serving, or a link; "
        "null for a template described in words.",
    )
    file_type = s.CharField(
        allow_blank=True, help_text='A document\'s file extension, e.g. "docx"; "" otherwise.'
    )
    file_size = s.IntegerField(
        allow_null=True, help_text="A document's size in bytes; null otherwise or unknown."
    )


class WorksheetBlockSerializer(s.Serializer):
    """One block of a worksheet. Every block has id, type, label and help_text; the
    other fields belong to one type each (see docs/api.md)."""

    id = s.CharField(help_text="Stable across edits: answers are keyed by it.")
    type = s.ChoiceField(choices=["prompt", "list", "table", "grid", "tree"])
    label = s.CharField()
    help_text = s.CharField(allow_blank=True)
    lines = s.IntegerField(required=False, help_text="prompt: lines of space on paper.")
    items = s.IntegerField(required=False, help_text="list: empty items to start with.")
    columns = s.ListField(child=s.CharField(), required=False, help_text="table: headings.")
    rows = s.IntegerField(required=False, help_text="table: empty rows to start with.")
    x_axis = s.CharField(required=False, allow_blank=True, help_text="grid: across.")
    y_axis = s.CharField(required=False, allow_blank=True, help_text="grid: up.")
    low = s.CharField(required=False, allow_blank=True, help_text="grid: the low end's name.")
    high = s.CharField(required=False, allow_blank=True, help_text="grid: the high end's name.")
    top_left = s.CharField(required=False, allow_blank=True)
    top_right = s.CharField(required=False, allow_blank=True)
    bottom_left = s.CharField(required=False, allow_blank=True)
    bottom_right = s.CharField(required=False, allow_blank=True)
    aim_label = s.CharField(required=False, allow_blank=True, help_text="tree: level names.")
    primary_label = s.CharField(required=False, allow_blank=True)
    secondary_label = s.CharField(required=False, allow_blank=True)
    idea_label = s.CharField(required=False, allow_blank=True)


class WorksheetSerializer(s.Serializer):
    title = s.CharField()
    instructions = s.CharField(allow_blank=True)
    revision = s.CharField(
        help_text="Changes when the worksheet's blocks change: key saved answers by it."
    )
    landscape = s.BooleanField(help_text="Whether it prints in landscape.")
    url = s.URLField(allow_null=True, help_text="The worksheet's own page, absolute.")
    blocks = WorksheetBlockSerializer(many=True)


class ParticipantsSerializer(s.Serializer):
    min = s.IntegerField()
    max = s.IntegerField(allow_null=True)


class EffortSerializer(s.Serializer):
    expertise = ChoiceSerializer(allow_null=True)
    duration = ChoiceSerializer(allow_null=True)
    participants = ParticipantsSerializer()
    facilitation = ChoiceSerializer(allow_null=True)
    data_needs = ChoiceSerializer(allow_null=True)


class EvidenceSerializer(s.Serializer):
    level = ChoiceSerializer(allow_null=True)
    references = ReferenceSerializer(many=True)


class ExampleSerializer(s.Serializer):
    setting = s.CharField(allow_blank=True)
    description = s.CharField()
    credit = s.CharField(allow_blank=True, help_text="Who gave it; empty without their consent.")


class ContributorSerializer(s.Serializer):
    name = s.CharField(allow_blank=True)
    organisation = s.CharField(allow_blank=True)


class ToolDetailSerializer(ToolCardSerializer):
    image = ImageSerializer(allow_null=True, help_text="A full-size rendition, or null.")
    other_names = s.ListField(child=s.CharField())
    purpose = s.CharField()
    when_to_use = RichTextSerializer()
    when_not_to_use = RichTextSerializer()
    steps = StepSerializer(many=True)
    top_tips = s.ListField(child=s.CharField())
    pitfalls = s.ListField(child=s.CharField())
    inputs = s.CharField(allow_blank=True)
    outputs = s.CharField(allow_blank=True)
    effort = EffortSerializer()
    evidence = EvidenceSerializer()
    templates = ResourceSerializer(many=True)
    worksheet = WorksheetSerializer(
        allow_null=True,
        help_text="The tool's worksheet, filled in the browser (nothing typed is sent "
        "anywhere); null when it has none.",
    )
    worked_example = RichTextSerializer()
    examples = ExampleSerializer(many=True, help_text="Examples of the tool in use.")
    contributors = ContributorSerializer(
        many=True,
        help_text="Community members who suggested the tool or added to it, and agreed "
        "to be credited.",
    )
    questions = QuestionCardSerializer(many=True)
    frameworks = FrameworkCardSerializer(many=True)
    stories = StoryCardSerializer(many=True)
    events = EventCardSerializer(many=True, help_text="Upcoming events that cover the tool.")
    last_reviewed = s.DateField(allow_null=True)
    review_due = s.DateField(allow_null=True)
    published = s.DateTimeField(allow_null=True)
    updated = s.DateTimeField(allow_null=True)


class FrameworkPhaseSerializer(s.Serializer):
    name = s.CharField()
    purpose = s.CharField(allow_blank=True)
    key_questions = s.ListField(child=s.CharField())
    typical_tools = ToolCardSerializer(many=True)


class SuitsSerializer(s.Serializer):
    problem = s.CharField(allow_blank=True)
    complexity = ChoiceSerializer(allow_null=True)
    scale = ChoiceSerializer(allow_null=True)


class FrameworkDetailSerializer(FrameworkCardSerializer):
    image = ImageSerializer(allow_null=True)
    originator = s.CharField(allow_blank=True)
    year = s.IntegerField(allow_null=True)
    organisation = s.CharField(allow_blank=True)
    principles = s.ListField(child=s.CharField())
    phases_are_sequential = s.BooleanField()
    phases = FrameworkPhaseSerializer(many=True)
    suits = SuitsSerializer()
    references = ReferenceSerializer(many=True)
    licence = s.CharField(allow_blank=True)
    attribution = s.CharField(allow_blank=True)
    tools = ToolCardSerializer(many=True)
    stories = StoryCardSerializer(many=True)
    events = EventCardSerializer(many=True, help_text="Upcoming events that cover it.")
    last_reviewed = s.DateField(allow_null=True)
    review_due = s.DateField(allow_null=True)
    published = s.DateTimeField(allow_null=True)
    updated = s.DateTimeField(allow_null=True)


class SettingSerializer(s.Serializer):
    care_sector = ChoiceSerializer(allow_null=True)
    organisation_type = s.CharField(allow_blank=True)
    nation = ChoiceSerializer(allow_null=True)
    scale = ChoiceSerializer(allow_null=True)
    complexity = ChoiceSerializer(allow_null=True)


class ToolUsageSerializer(s.Serializer):
    tool = ToolCardSerializer()
    why_chosen = s.CharField()
    how_used = s.CharField()
    would_use_again = ChoiceSerializer(allow_null=True)


class OutcomeSerializer(s.Serializer):
    outcome = s.CharField()
    measure = s.CharField(allow_blank=True)


class AuthorSerializer(s.Serializer):
    name = s.CharField(allow_blank=True, help_text="Empty unless the author agreed to credit.")
    organisation = s.CharField(allow_blank=True)


class StoryDetailSerializer(StoryCardSerializer):
    image = ImageSerializer(allow_null=True)
    setting = SettingSerializer()
    trigger = s.CharField(allow_blank=True)
    aim = s.CharField(allow_blank=True)
    team_and_involvement = s.CharField(allow_blank=True)
    questions = QuestionCardSerializer(many=True)
    frameworks = FrameworkCardSerializer(many=True)
    tool_usages = ToolUsageSerializer(many=True)
    outcomes = OutcomeSerializer(many=True)
    top_tips = s.ListField(child=s.CharField())
    pitfalls = s.ListField(child=s.CharField())
    time_and_resources = s.CharField(allow_blank=True)
    author = AuthorSerializer()
    updated = s.DateTimeField(allow_null=True)


class QuestionDetailSerializer(QuestionCardSerializer):
    wording = s.CharField()
    help_text = s.CharField(allow_blank=True)
    prompts = s.ListField(child=s.CharField())
    tools = ToolCardSerializer(many=True)
    stories = StoryCardSerializer(many=True)
    last_reviewed = s.DateField(allow_null=True)
    review_due = s.DateField(allow_null=True)


class TermSerializer(s.Serializer):
    slug = s.SlugField()
    name = s.CharField()
    description = s.CharField(allow_blank=True)


class PerspectiveSerializer(TermSerializer):
    phases = TermSerializer(many=True)


class TaxonomySerializer(s.Serializer):
    perspectives = PerspectiveSerializer(many=True)
    stages = TermSerializer(many=True)
    strands = TermSerializer(many=True)
    categories = TermSerializer(many=True)


class EventDetailSerializer(EventCardSerializer):
    description = RichTextSerializer()
    online_url = s.URLField(allow_null=True, help_text="Where to join online, if it is online.")
    booking_url = s.URLField(allow_null=True, help_text="Where to book, when booked elsewhere.")
    register_url = s.URLField(
        allow_null=True, help_text="The registration form, while the toolkit takes registrations."
    )
    ics_url = s.URLField(allow_null=True, help_text="The event as an iCalendar file.")
    tools = ToolCardSerializer(many=True)
    frameworks = FrameworkCardSerializer(many=True)
    published = s.DateTimeField(allow_null=True)
    updated = s.DateTimeField(allow_null=True)


class ErrorDetailSerializer(s.Serializer):
    code = s.CharField()
    message = s.CharField()
    fields = s.DictField(
        child=s.ListField(child=s.CharField()),
        required=False,
        help_text="Messages per parameter or field, when the error is about them.",
    )


class ErrorSerializer(s.Serializer):
    error = ErrorDetailSerializer()
