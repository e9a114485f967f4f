"""Field descriptions for submission bodies: how each value is checked and cleaned.

Each spec checks one received value, records problems against the value's path in the
body (``tool_usages[0].why_chosen``) and returns the value as plain text (or the right
type). :func:`check_fields` walks an object; unknown keys are problems too.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from .sanitising import plain_text

REQUIRED = _("This field is required.")
#: The largest id a database column holds (a signed 64-bit integer): a bigger number is
#: no id, and SQLite refuses to even compare with it (OverflowError).
MAX_ID = 2**63 - 1


class SubmissionInvalid(Exception):
    """A submission that cannot be accepted; ``fields`` maps a field path to messages."""

    def __init__(self, fields):
        self.fields = fields
        super().__init__(", ".join(fields))


class Context:
    """What validation collects on its way through a body."""

    def __init__(self):
        self.problems = {}
        self.texts = []  # (path, received text) of free text, for screening
        self.tool_paths = []  # (path, slug)
        self.question_paths = []  # (path, id)

    def problem(self, path, message):
        # Put in words now, in the language of the request that sent the body.
        self.problems.setdefault(path, []).append(str(message))


# --- field descriptions ---------------------------------------------------------------------


class Spec:
    """One field: whether it is required, and how to check and clean a value."""

    empty = ""

    def __init__(self, *, required=False, help_text=""):
        self.required = required
        self.help_text = help_text

    def default(self):
        """The value of the field when it is absent or null."""
        return self.empty

    def check(self, value, path, ctx):
        """The cleaned value, or None after recording a problem against ``path``."""
        raise NotImplementedError


class Text(Spec):
    def __init__(self, max_length, *, multiline=True, screen=True, **kwargs):
        super().__init__(**kwargs)
        self.max_length = max_length
        self.multiline = multiline
        self.screen = screen

    def check(self, value, path, ctx):
        if not isinstance(value, str):
            return ctx.problem(path, _("Must be text."))
        if len(value) > self.max_length:
            return ctx.problem(
                path,
                _("Must be at most %(max)s characters (it has %(count)s).")
                % {"max": self.max_length, "count": len(value)},
            )
        text = plain_text(value, multiline=self.multiline)
        if self.required and not text:
            message = _("Write this as plain text: markup is removed, and nothing was left.")
            return ctx.problem(path, message if value.strip() else REQUIRED)
        if self.screen and value.strip():
            ctx.texts.append((path, value))
        return text


class Choice(Spec):
    def __init__(self, choices, **kwargs):
        super().__init__(**kwargs)
        self.choices = list(choices)

    def check(self, value, path, ctx):
        if value == "" and not self.required:
            return ""
        if not isinstance(value, str) or value not in self.choices:
            return ctx.problem(
                path, _("Must be one of: %(choices)s.") % {"choices": ", ".join(self.choices)}
            )
        return value


class MustBeTrue(Spec):
    empty = False

    def __init__(self, message, **kwargs):
        super().__init__(required=True, **kwargs)
        self.message = message

    def check(self, value, path, ctx):
        if not isinstance(value, bool):
            return ctx.problem(path, _("Must be true or false."))
        return True if value else ctx.problem(path, self.message)


class Boolean(Spec):
    empty = False

    def check(self, value, path, ctx):
        if not isinstance(value, bool):
            return ctx.problem(path, _("Must be true or false."))
        return value


class Integer(Spec):
    empty = None

    def __init__(self, minimum, maximum, **kwargs):
        super().__init__(**kwargs)
        self.minimum, self.maximum = minimum, maximum

    def check(self, value, path, ctx):
        if isinstance(value, bool) or not isinstance(value, int):
            return ctx.problem(path, _("Must be a whole number."))
        if not self.minimum <= value <= self.maximum:
            return ctx.problem(
                path,
                _("Must be from %(minimum)s to %(maximum)s.")
                % {"minimum": self.minimum, "maximum": self.maximum},
            )
        return value


class Url(Text):
    validator = URLValidator(schemes=["http", "https"])

    def __init__(self, max_length=500, **kwargs):
        super().__init__(max_length, multiline=False, screen=False, **kwargs)

    def check(self, value, path, ctx):
        text = super().check(value, path, ctx)
        if text:
            try:
                self.validator(text)
            except ValidationError:
                return ctx.problem(path, _("Must be a web address starting http:// or https://."))
        return text


class Email(Text):
    validator = EmailValidator()

    def __init__(self, **kwargs):
        super().__init__(254, multiline=False, screen=False, **kwargs)

    def check(self, value, path, ctx):
        text = super().check(value, path, ctx)
        if text:
            try:
                self.validator(text)
            except ValidationError:
                return ctx.problem(path, _("Must be an email address."))
        return text


class ToolSlug(Text):
    """The slug of a live, public tool; looked up for the whole body at once."""

    def __init__(self, **kwargs):
        super().__init__(255, multiline=False, screen=False, **kwargs)

    def check(self, value, path, ctx):
        slug = super().check(value, path, ctx)
        if slug:
            ctx.tool_paths.append((path, slug))
        return slug


class QuestionIds(Spec):
    def default(self):
        return []

    def __init__(self, max_items, **kwargs):
        super().__init__(**kwargs)
        self.max_items = max_items

    def check(self, value, path, ctx):
        if not isinstance(value, list):
            return ctx.problem(path, _("Must be a list of question ids."))
        if len(value) > self.max_items:
            return ctx.problem(
                path, _("Must list at most %(count)s questions.") % {"count": self.max_items}
            )
        ids = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= MAX_ID:
                ctx.problem(f"{path}[{index}]", _("Must be a question id (a whole number)."))
            else:
                ctx.question_paths.append((f"{path}[{index}]", item))
                ids.append(item)
        return list(dict.fromkeys(ids))


class ListOf(Spec):
    def default(self):
        return []

    def __init__(self, item, max_items, **kwargs):
        super().__init__(**kwargs)
        self.item, self.max_items = item, max_items

    def check(self, value, path, ctx):
        if not isinstance(value, list):
            return ctx.problem(path, _("Must be a list."))
        if len(value) > self.max_items:
            return ctx.problem(
                path, _("Must have at most %(count)s items.") % {"count": self.max_items}
            )
        if self.required and not value:
            return ctx.problem(path, REQUIRED)
        cleaned = [self.item.check(item, f"{path}[{i}]", ctx) for i, item in enumerate(value)]
        return [item for item in cleaned if item not in (None, "")]


class Object(Spec):
    empty = None

    def __init__(self, fields, **kwargs):
        super().__init__(**kwargs)
        self.fields = fields

    def check(self, value, path, ctx):
        if not isinstance(value, dict):
            return ctx.problem(path, _("Must be an object."))
        return check_fields(value, self.fields, ctx, prefix=f"{path}.")


class Anything(Spec):
    """Taken as it comes (the honeypot: any value at all is a signal, never an error)."""

    empty = None

    def check(self, value, path, ctx):
        return value


def check_fields(data, fields, ctx, prefix=""):
    """Check ``data`` (a dict) against ``fields``; unknown keys are problems too."""
    cleaned = {}
    for name in data:
        if name not in fields:
            ctx.problem(f"{prefix}{name}", _("Not a field of this submission."))
    for name, spec in fields.items():
        value = data.get(name)
        if value is None or (value == "" and not isinstance(spec, MustBeTrue)):
            if spec.required:
                ctx.problem(f"{prefix}{name}", REQUIRED)
            cleaned[name] = spec.default()
            continue
        cleaned[name] = spec.check(value, f"{prefix}{name}", ctx)
    return cleaned


#: NUL, which PostgreSQL cannot keep in JSON, and lone UTF-16 surrogates, which cannot
#: be encoded as UTF-8 at all: neither can be stored as received, so neither is taken.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_paths(value, path="body"):
    """Paths in a body whose key or text holds a character that cannot be stored."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path != "body" else str(key)
            if UNSTORABLE.search(str(key)):
                yield path
            else:
                yield from unstorable_paths(item, child)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from unstorable_paths(item, f"{path}[{index}]")
    elif isinstance(value, str) and UNSTORABLE.search(value):
        yield path


def check_storable(data):
    """Raise SubmissionInvalid naming each field with a NUL or a lone surrogate in it."""
    paths = list(dict.fromkeys(unstorable_paths(data)))
    if paths:
        message = _("Contains a character that cannot be stored (NUL, or half a character).")
        raise SubmissionInvalid({path: [message] for path in paths})
