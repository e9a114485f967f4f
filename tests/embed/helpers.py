"""Reading embed HTML in tests."""

from html.parser import HTMLParser


class Markup(HTMLParser):
    """Collects every start tag with its attributes, and the text inside <script>."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.script_text = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)

    def find(self, tag, **attrs):
        return [
            found
            for name, found in self.tags
            if name == tag and all(found.get(key) == value for key, value in attrs.items())
        ]


def inline_code(html):
    """Everything a strict CSP would block: inline scripts, style elements and
    attributes, event handler attributes, javascript: URLs."""
    markup = Markup(html)
    problems = [f"inline script: {text[:40]!r}" for text in markup.script_text]
    for tag, attrs in markup.tags:
        if tag == "style":
            problems.append("a <style> element")
        if tag == "script" and not attrs.get("src"):
            problems.append("a <script> without src")
        for name, value in attrs.items():
            if name == "style" or name.startswith("on"):
                problems.append(f"<{tag} {name}=...>")
            if value and value.strip().lower().startswith("javascript:"):
                problems.append(f"<{tag} {name}={value!r}>")
    return problems
