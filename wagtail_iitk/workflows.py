"""Default groups, permissions and the editorial workflow, created idempotently.

Everything here adds what is missing and never removes or renames what exists, so
``iitk_setup`` can run on every deploy.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from .conf import iitk_settings
from .models import (
    TAXONOMY_MODELS,
    DailyEngagement,
    PartnerOrganisation,
    PublishingApprovalTask,
    Question,
    ScreeningCheckTask,
    Submission,
)

#: Page permission types on the toolkit section, per role.
EDITOR_PAGE_PERMISSIONS = ("add", "change")
REVIEWER_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")

#: Collection permissions (images and documents) for both roles.
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)

EDITORIAL_REVIEW_TASK = "Toolkit editorial review"
APPROVAL_TASK = "Toolkit approval to publish"
COMMUNITY_SCREENING_TASK = "Community screening check"


def _model_permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return list(Permission.objects.filter(content_type=content_type, codename__in=codenames))


def _add_permissions(group, permissions):
    missing = set(permissions) - set(group.permissions.all())
    group.permissions.add(*missing)
    return len(missing)


def editor_permissions():
    """Editors draft questions and see the taxonomy; they cannot publish."""
    perms = [
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    ]
    perms += _model_permissions(Question, ("add", "change", "view"))
    for model in TAXONOMY_MODELS:
        perms += _model_permissions(model, ("view",))
    return perms


def reviewer_permissions():
    """Reviewers publish questions and manage the taxonomy and partner organisations."""
    perms = editor_permissions()
    perms += _model_permissions(Question, ("delete", "publish", "lock", "unlock"))
    for model in (*TAXONOMY_MODELS, PartnerOrganisation):
        perms += _model_permissions(model, ("add", "change", "delete", "view"))
    # The Submissions inbox: see community submissions and decide them.
    perms += _model_permissions(Submission, ("view", "review"))
    # The engagement reports (Reports menu) are seen with this permission.
    perms += _model_permissions(DailyEngagement, ("view",))
    return perms


def ensure_groups(toolkit_homes, report):
    """Create the editor and reviewer groups and give them their permissions."""
    groups = {}
    for name, model_perms, page_perms in (
        (iitk_settings.EDITORS_GROUP, editor_permissions(), EDITOR_PAGE_PERMISSIONS),
        (iitk_settings.REVIEWERS_GROUP, reviewer_permissions(), REVIEWER_PAGE_PERMISSIONS),
    ):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            report(f"Created group '{name}'.")
        added = _add_permissions(group, model_perms)
        for home in toolkit_homes:
            for permission_type in page_perms:
                _, made = GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=home,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
                    ),
                )
                added += made
        root_collection = Collection.get_first_root_node()
        if root_collection:
            for app_label, codename in MEDIA_PERMISSIONS:
                _, made = GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                )
                added += made
        if added:
            report(f"Gave group '{name}' {added} missing permission(s).")
        groups[name] = group
    return groups


def _ensure_task(name, group, report, model=GroupApprovalTask):
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name)
        task.groups.add(group)
        report(f"Created workflow task '{name}'.")
    return task


def ensure_workflow(toolkit_homes, reviewers, report):
    """Create the 'Toolkit review' workflow (editorial review, then approval to publish).

    The approval step is a ``PublishingApprovalTask``, which enforces the two-person rule
    when the ``TWO_PERSON_RULE`` setting is on.

    It is assigned to each toolkit home page and to questions when the workflow is first
    created or a toolkit home has no workflow of its own yet; assignments an editor
    changes later are left alone.
    """
    name = iitk_settings.WORKFLOW_NAME
    workflow = Workflow.objects.filter(name=name).first()
    created = workflow is None
    if created:
        workflow = Workflow.objects.create(name=name, active=True)
        review = _ensure_task(EDITORIAL_REVIEW_TASK, reviewers, report)
        # Its own task type, so the optional two-person rule can apply to it.
        approval = _ensure_task(APPROVAL_TASK, reviewers, report, model=PublishingApprovalTask)
        WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)
        report(f"Created workflow '{name}'.")
        question_type = ContentType.objects.get_for_model(Question)
        if not WorkflowContentType.objects.filter(content_type=question_type).exists():
            WorkflowContentType.objects.create(content_type=question_type, workflow=workflow)
            report(f"Assigned workflow '{name}' to questions.")
    for home in toolkit_homes:
        if not WorkflowPage.objects.filter(page=home).exists():
            WorkflowPage.objects.create(page=home, workflow=workflow)
            report(f"Assigned workflow '{name}' to '{home.title}' and the pages below it.")
    if iitk_settings.TWO_PERSON_RULE and not _enforces_two_person_rule(workflow):
        report(
            f"Warning: the two-person rule is on, but no step of workflow '{name}' is an "
            '"Approval to publish task", so nothing enforces it. Add one in Settings → '
            "Workflows (this workflow was made before the task type existed)."
        )
    return workflow


def _enforces_two_person_rule(workflow):
    return PublishingApprovalTask.objects.filter(
        pk__in=workflow.workflow_tasks.values("task_id"), active=True
    ).exists()


def ensure_community_workflow(reviewers, report):
    """Create the "Community review" workflow: one screening check task for reviewers.

    It is assigned to no page: converting a community submission starts it on the
    draft it made. Reviewers approve the check, which publishes the draft; the check
    will not approve while the contribution is flagged for possible
    patient-identifiable information. An existing workflow (found by the
    ``COMMUNITY_WORKFLOW_NAME`` setting) is left as its editors made it.
    """
    name = iitk_settings.COMMUNITY_WORKFLOW_NAME
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is not None:
        return workflow
    workflow = Workflow.objects.create(name=name, active=True)
    task = ScreeningCheckTask.objects.filter(name=COMMUNITY_SCREENING_TASK).first()
    if task is None:
        task = ScreeningCheckTask.objects.create(name=COMMUNITY_SCREENING_TASK)
        task.groups.add(reviewers)
        report(f"Created workflow task '{COMMUNITY_SCREENING_TASK}'.")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    report(f"Created workflow '{name}'.")
    return workflow
