"""The demo's statements: accessibility, privacy and contact, as editable pages.

Written for the demo in the project's own words; an organisation that runs the toolkit
edits them in the admin to name itself, its contacts and its own test results. The
privacy notice's retention period is a block that reads the site's setting, so the
page always states the period the site keeps. Loading again leaves edited pages alone.
"""

import datetime

from django.utils.html import escape

ACCESSIBILITY = "accessibility-statement"
PRIVACY = "privacy-notice"
CONTACT = "contact"
#: The footer's order.
STATEMENT_SLUGS = (ACCESSIBILITY, PRIVACY, CONTACT)

CONTACT_EMAIL = "improvement-toolkit@example.org"
#: When the statements were written and the site last tested (tests/browser/test_theme.py
#: and the other axe tests run on every change; this is the date of the review).
PREPARED = datetime.date(2026, 12, 2)
AXE_VERSION = "4.14.1"


def _p(*paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _list(*items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _email():
    return f'<p><a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a></p>'


def accessibility_body():
    return [
        (
            "text",
            _p(
                "This statement covers the Improving Improvement Toolkit website: its "
                "pages about tools, frameworks, stories and questions, its search, and "
                "its forms for sharing a story or suggesting a tool. It does not cover "
                "the editors' administration screens, or other organisations' intranet "
                "pages that show the toolkit's cards.",
                "We want as many people as possible to be able to use this website. You "
                "should be able to:",
            )
            + _list(
                "make the text up to four times larger without losing content or "
                "having to scroll sideways",
                "change colours, contrast and fonts with your browser or device",
                "reach every link, button and form field with a keyboard alone",
                "use the website with a screen reader, such as NVDA, JAWS or VoiceOver",
                "use it on a phone as well as a computer",
            ),
        ),
        ("heading", "How accessible this website is"),
        (
            "text",
            _p(
                "Most of the website should work well with assistive technology. We "
                "know of these problems:"
            )
            + _list(
                "Stories and tool suggestions come from the improvement community. "
                "Editors check them, but a contributed story may use link text or "
                "headings that make less sense out of context.",
                "Some tool pages link to templates and articles on other websites, "
                "which we do not control and have not tested.",
                "Diagrams on tool pages have a short text alternative; the text of the "
                "page describes the method, but not every detail of the diagram.",
                "When JavaScript is switched off, the main menu does not fold into a "
                "'More' button on small screens: every item is shown instead.",
            ),
        ),
        ("heading", "Feedback and contact information"),
        (
            "text",
            _p(
                "If you need anything on this website in a different format, such as "
                "large print, an audio recording or plain text, email us. We will reply "
                "within five working days."
            )
            + _email(),
        ),
        ("heading", "Reporting accessibility problems with this website"),
        (
            "text",
            _p(
                "We are always looking to improve the website's accessibility. If you "
                "find a problem that is not listed on this page, or you think we are not "
                "meeting the accessibility requirements, email us at the address above. "
                "Tell us the web address of the page, what you were trying to do and "
                "the device and software you used.",
            ),
        ),
        ("heading", "Enforcement procedure"),
        (
            "text",
            _p(
                "The Equality and Human Rights Commission (EHRC) is responsible for "
                "enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                "(No. 2) Accessibility Regulations 2018 (the accessibility regulations). "
                "If you are not happy with how we respond to your complaint, contact the "
                "Equality Advisory and Support Service (EASS).",
                "If you are in Northern Ireland and are not happy with how we respond to "
                "your complaint, you can contact the Equality Commission for Northern "
                "Ireland (ECNI), who are responsible for enforcing the accessibility "
                "regulations in Northern Ireland.",
            ),
        ),
        ("heading", "Technical information about this website's accessibility"),
        (
            "text",
            _p(
                "We are committed to making this website accessible, in accordance with "
                "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                "Accessibility Regulations 2018.",
            ),
        ),
        ("heading", "Compliance status"),
        (
            "text",
            _p(
                "This website is partially compliant with the Web Content Accessibility "
                "Guidelines (WCAG) version 2.2 AA standard, because of the problems "
                "listed under 'Non-accessible content'. Automated checks find no "
                "failures, but the website has not yet been audited by people who use "
                "assistive technology, so we do not claim full compliance.",
            ),
        ),
        ("heading", "Non-accessible content"),
        (
            "text",
            _p(
                "Community stories may not meet WCAG 2.2 success criterion 2.4.4 (link "
                "purpose) and 2.4.6 (headings and labels) where the contributor's own "
                "wording is kept. Editors fix what they find when they review a story.",
                "Diagram text alternatives may not meet success criterion 1.1.1 "
                "(non-text content) in full for the most detailed diagrams. We plan to "
                "add a full text description to each diagram by the end of 2027.",
                "Linked templates and articles on other websites are not within our "
                "control and are not covered by this statement.",
            ),
        ),
        ("heading", "What we are doing to improve accessibility"),
        (
            "text",
            _p(
                "Every change to the website is checked automatically before it is "
                "published: the pages are opened in the Chromium browser at 1,280 and "
                "390 pixels wide and checked with axe-core against the WCAG 2.0, 2.1 "
                "and 2.2 A and AA rules, and the forms and menus are tested with the "
                "keyboard. We will arrange an audit with assistive technology users.",
            ),
        ),
        ("heading", "Preparation of this accessibility statement"),
        (
            "text",
            _p(
                f"This statement was prepared on {PREPARED:%-d %B %Y}. It was last "
                f"reviewed on {PREPARED:%-d %B %Y}.",
                f"The website was last tested on {PREPARED:%-d %B %Y} by the toolkit's "
                f"developers, with axe-core {AXE_VERSION} in Chromium at 1,280 and 390 "
                "pixels wide. The pages tested were the home page, browse by activity, "
                "a tool, a framework, a story, the share-a-story and suggest-a-tool "
                "forms, and this statement. axe-core reported 0 violations on each. "
                "Automated tools find only some kinds of problem.",
            ),
        ),
    ]


def privacy_body():
    return [
        (
            "text",
            _p(
                "This notice says what the Improving Improvement Toolkit stores about the "
                "people who use it, why, who can see it and for how long. The toolkit "
                "team is responsible for it: contact us using the details below.",
            ),
        ),
        ("heading", "When you read the toolkit"),
        (
            "text",
            _p(
                "We count how the toolkit is used, so we know which tools help people "
                "and can report that to those who fund it. We keep only totals for each "
                "day: how many times each tool, framework, story or question was viewed, "
                "shown on a partner's intranet, opened, marked 'I used this tool' or "
                "'helpful', and which partner organisation's website (its address, such "
                "as https://intranet.example.nhs.uk) it was shown on.",
                "These counts hold nothing about you: no name, no IP address, no cookie "
                "and no identifier that could link one visit to another. To stop one "
                "network adding the same count many times, your IP address is turned "
                "into a code with a secret key and kept in the server's cache for at "
                "most a day; it is never written to the database.",
                "If your browser sends Global Privacy Control or Do Not Track, nothing "
                "you do is counted.",
            ),
        ),
        ("heading", "When you share a story or suggest a tool"),
        (
            "text",
            _p(
                "We store what you write, and where you sent it from (our website or a "
                "partner's intranet). Your name, job title, organisation and email "
                "address are optional. If you give them, we use them to:",
            )
            + _list(
                "check your contribution and ask you about it if we need to",
                "email you when it is published, or tell you why it was not",
                "credit you by name and organisation on the published page, only if "
                "you ticked the box that asks for it",
            )
            + _p(
                "Your email address and job title are never published. We check "
                "everything that is sent for patient-identifiable information before "
                "anyone else sees it, and we do not publish anything that could "
                "identify a patient."
            ),
        ),
        ("heading", "Who can see your details"),
        (
            "text",
            _p(
                "Only the toolkit's editors and reviewers, who sign in to the toolkit's "
                "administration screens to review contributions. We do not share your "
                "details with anyone else, and we do not use them for marketing.",
            ),
        ),
        ("heading", "How long we keep them"),
        ("retention_period", None),
        (
            "text",
            _p(
                "The decision is when your contribution is published, or when we decide "
                "not to publish it. Until then we keep your details so we can contact "
                "you about it. What you wrote stays, without your details. If you asked "
                "to be credited and your contribution was published, your name and "
                "organisation stay on the published page for as long as it is published.",
            ),
        ),
        ("heading", "Cookies"),
        (
            "text",
            _p(
                "The toolkit's public pages set one cookie, and only when you open a "
                "form: a random security code that protects the form from forgery. It "
                "holds no information about you. Editors' sign-in uses a session "
                "cookie. We use no advertising or analytics cookies.",
            ),
        ),
        ("heading", "Your rights"),
        (
            "text",
            _p(
                "You can ask to see the details we hold about you, to have them "
                "corrected, or to have them erased before the end of the period above. "
                "Email us and quote the reference you were given when you sent your "
                "contribution. If you are unhappy with how we have used your details, "
                "you can complain to the Information Commissioner's Office (ICO).",
            )
            + _email(),
        ),
    ]


def contact_body():
    return [
        (
            "text",
            _p(
                "Email the toolkit team with a question about a tool, a problem with the "
                "website, a request to see or erase your details, or an idea for the "
                "toolkit. We reply within five working days."
            )
            + _email()
            + _p(
                "If you have sent us a story or a tool, quote the reference you were "
                "given (it starts with IITK-)."
            ),
        ),
    ]


STATEMENTS = {
    ACCESSIBILITY: (
        "Accessibility statement",
        "How accessible this website is, what we know does not work well yet, and how "
        "to tell us about a problem.",
        accessibility_body,
    ),
    PRIVACY: (
        "Privacy notice",
        "What the toolkit stores about you, why, who sees it and for how long.",
        privacy_body,
    ),
    CONTACT: ("Contact us", "How to get in touch with the toolkit team.", contact_body),
}


def load_statements(home):
    """Add the statements under the toolkit ``home`` (once); returns how many were added."""
    from .models import StatementPage

    added = 0
    for slug, (title, summary, body) in STATEMENTS.items():
        if StatementPage.objects.child_of(home).filter(slug=slug).exists():
            continue
        page = StatementPage(
            title=title, slug=slug, summary=summary, body=body(), last_reviewed=PREPARED
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        added += 1
    return added
