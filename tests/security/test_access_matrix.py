"""The access matrix: every URL the project and Wagtail expose × every role → what
must happen.

The URL list is read from the URL conf, so a new URL with no rule below fails
`test_every_url_has_a_rule`. Each rule names who may use the URL; everyone else
must be turned away (sign-in for visitors; 403, 404 or Wagtail's "no permission"
redirect for people signed in), and a forbidden POST must change nothing in the
database. Nobody ever gets a 500.

Objects (attempts, runs, certificates, exports, imports) belong to `learner` and
`hr`; `other_learner` and `other_hr` are the people who must not reach them.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.security import world as w

pytestmark = pytest.mark.django_db

A, L, L2, T, H, H2, S = w.ROLES
EVERYONE = frozenset(w.ROLES)
SIGNED_IN = EVERYONE - {A}
STAFF = frozenset({T, H, H2, S})
TRAINERS = frozenset({T, S})
HR_PEOPLE = frozenset({H, H2, S})
OWNER = frozenset({L})
NOBODY_BUT_SUPERUSER = frozenset({S})


@dataclass(frozen=True)
class Rule:
    """Who may use a URL.

    `allowed`: roles that may GET it (and POST, where it changes state).
    `state`: the URL changes state on POST, so forbidden roles POST too and the
    database must come out unchanged.
    `allowed_status`: what an allowed GET answers; None when only "not refused and
    not an error" can be said (Wagtail views that need objects of kinds this
    world does not build, or that answer a GET with a redirect).
    `public_refusal`: how a signed-in person without the right is refused when
    it is not the usual set (e.g. 405 for POST-only views answered to any GET).
    """

    allowed: frozenset[str]
    state: bool = False
    allowed_status: int | None = 200
    get_allowed: frozenset[str] | None = None  # who may GET, when not `allowed`
    # A forbidden POST may answer with a page (Wagtail re-renders some confirmation
    # screens) as long as it changes nothing.
    post_may_render: bool = False


def rule(allowed, *, state=False, status=200, get_allowed=None, post_may_render=False) -> Rule:
    return Rule(
        frozenset(allowed),
        state,
        status,
        frozenset(get_allowed or ()) or None,
        post_may_render,
    )


def post_only(allowed) -> Rule:
    """A state change reached only by POST: any GET is 405 (or refused)."""
    return Rule(frozenset(allowed), True, 405, None)


# --- The project's own URLs: one entry each ----------------------------------------

PROJECT: dict[str, Rule] = {
    # Learners' pages
    "courses:catalogue": rule(EVERYONE, status=302),  # to the catalogue page
    "courses:my_learning": rule(SIGNED_IN),
    "courses:search": rule(EVERYONE),  # finds nothing until one signs in
    "courses:enrol": post_only(SIGNED_IN),
    "courses:leave": post_only(SIGNED_IN),
    "courses:lesson_complete": post_only(SIGNED_IN),
    "courses:knowledge_check": post_only(SIGNED_IN),
    "courses:metric_lab_new": post_only(SIGNED_IN),
    "courses:metric_lab_answer": post_only(OWNER),
    "quizzes:start": post_only(SIGNED_IN),
    "quizzes:attempt": rule(OWNER),
    "quizzes:save": post_only(OWNER),
    "quizzes:submit": post_only(OWNER),
    "quizzes:review": rule(OWNER, status=None),
    "simulations:start": post_only(SIGNED_IN),
    "simulations:admin_preview": post_only(TRAINERS),
    "simulations:run": rule(OWNER),
    "simulations:act": post_only(OWNER),
    "simulations:debrief": rule(OWNER, status=None),
    "certificates:mine": rule(SIGNED_IN),
    "certificates:download": rule(OWNER),
    "certificates:verify": rule(EVERYONE),
    "certificates:verify_code": rule(EVERYONE),
    "set_language": rule(EVERYONE, status=None),
    # HR: people
    "people_index": rule(HR_PEOPLE),
    # A learner's record; HR never edits staff records (tests/accounts/test_person_edit.py)
    "people_edit": rule(HR_PEOPLE, state=True),
    "people_deactivate": rule(HR_PEOPLE, state=True),  # GET: the confirmation
    "people_reactivate": rule(HR_PEOPLE, state=True),
    "people_import": rule(HR_PEOPLE, state=True),
    "people_import_template": rule(HR_PEOPLE),
    "people_import_sample": rule(HR_PEOPLE),
    # An import waits for the HR person who uploaded it, and nobody else.
    "people_import_preview": rule({H}),
    "people_import_apply": post_only({H}),
    "people_import_done": rule({H}, status=None),
    # An import's invitation emails: progress, and POST resumes a stopped job.
    "people_invitations": rule(HR_PEOPLE, state=True),
    # HR: reports and exports
    "hr_dashboard": rule(HR_PEOPLE),
    "completion_report": rule(HR_PEOPLE),
    "completion_report_results": rule(HR_PEOPLE),
    # Saves the person's own column choice; GET: 405
    "completion_report_columns": post_only(HR_PEOPLE),
    # The assignment form's people chooser (JSON): names and emails, HR only
    "hr_people_search": rule(HR_PEOPLE),
    "report_exports": rule(HR_PEOPLE, state=True),
    # An export is its requester's alone (it may hold a whole company's names).
    "report_export": rule({H}, state=True),  # POST: resume a stopped export
    "report_export_download": rule({H}, status=None),
    "course_assignments:*": rule(HR_PEOPLE, state=True),
    # Trainers: question bank, results
    "quizzes_import": rule(TRAINERS, state=True),
    "quizzes_export": rule(TRAINERS, status=None),
    "quizzes_results": rule(TRAINERS),
    "quizzes_item_analysis_csv": rule(TRAINERS),
    "simulations_results": rule(TRAINERS),
    "simulations_results_csv": rule(TRAINERS),
    # Certificates register: trainers and HR; actions change certificates
    "certificates_register": rule(STAFF),
    "certificates_revoke": rule(STAFF, state=True, status=None),
    "certificates_reissue": rule(STAFF, state=True),  # GET: the confirmation
    "certificates_template_preview": rule(TRAINERS),
    "certificates_regenerate": rule(TRAINERS, state=True),
    "certificates_job": rule(TRAINERS, state=True),  # POST: resume a stopped job
    # Snippets the project registers
    "wagtailsnippets_accounts_department:*": rule({T, H, H2, S}, state=True, status=None),
    "wagtailsnippetchoosers_accounts_department:*": rule({T, H, H2, S}, status=None),
    "wagtailsnippets_accounts_learnerprofile:*": rule(HR_PEOPLE, state=True, status=None),
    "wagtailsnippetchoosers_accounts_learnerprofile:*": rule(HR_PEOPLE, status=None),
    "wagtailsnippets_quizzes_*:*": rule(TRAINERS, state=True, status=None),
    "wagtailsnippetchoosers_quizzes_*:*": rule(TRAINERS, status=None),
    "wagtailsnippets_certificates_*:*": rule(TRAINERS, state=True, status=None),
    "wagtailsnippetchoosers_certificates_*:*": rule(TRAINERS, status=None),
}

# --- Wagtail's and allauth's URLs, by area ------------------------------------------

WAGTAIL_AND_ACCOUNTS: dict[str, Rule] = {
    # Raising rights: superusers only, whatever a group holds.
    "wagtailusers_users:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailusers_groups:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailsites:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtaillocales:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailadmin_workflows:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailredirects:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailadmin_collections:*": rule(NOBODY_BUT_SUPERUSER, state=True, status=None),
    "wagtailforms:*": rule(STAFF, status=None),
    # Content: trainers
    "wagtailadmin_pages:*": rule(TRAINERS, state=True, status=None),
    # Wagtail shows these to anyone in the admin; the action itself checks rights.
    "wagtailadmin_pages:choose_parent": rule(STAFF, status=None),
    "wagtailadmin_pages:move_confirm": rule(TRAINERS, state=True, status=None, get_allowed=STAFF),
    "wagtailadmin_pages:confirm_workflow_cancellation": rule(
        TRAINERS, state=True, status=None, get_allowed=STAFF, post_may_render=True
    ),
    "wagtailadmin_workflows:task_chooser*": rule(STAFF, status=None),
    "wagtailadmin_workflows:task_chosen": rule(STAFF, status=None),
    "wagtailadmin_explore*": rule(STAFF, status=None),
    "wagtailadmin_choose_page*": rule(STAFF, status=None),
    "wagtailimages:*": rule(TRAINERS, state=True, status=None),
    "wagtailimages_chooser:*": rule(TRAINERS, status=None),
    "wagtaildocs:*": rule(TRAINERS, state=True, status=None),
    "wagtaildocs_chooser:*": rule(TRAINERS, status=None),
    "wagtaildocs_serve": rule(EVERYONE, status=None),
    "wagtaildocs_authenticate_with_password": rule(EVERYONE, status=None),
    "wagtailembeds:*": rule(STAFF, status=None),
    "simple_translation:*": rule(TRAINERS, state=True, status=None),
    "wagtailadmin_editing_sessions:*": rule(STAFF, state=True, status=None),
    "wagtailadmin_block_preview": rule(STAFF, status=None),
    "wagtailsnippets:*": rule(STAFF, status=None),
    # Bulk actions act on the model named in the URL, with that model's permissions
    # (users: superusers only, see tests/accounts/test_privilege.py).
    "wagtail_bulk_action": rule(STAFF, state=True, status=None),
    "wagtail.admin.views.home.default": rule(STAFF, status=None),  # the admin's 404
    # The admin shell every staff member sees
    "wagtailadmin_home": rule(STAFF),
    "wagtailadmin_reports:*": rule(STAFF, status=None),
    "wagtailadmin_api:*": rule(STAFF, status=None),
    "wagtailadmin_account*": rule(STAFF, state=True, status=None),
    "wagtailadmin_dismissibles": rule(STAFF, state=True, status=None),
    "wagtailadmin_tag*autocomplete": rule(STAFF, status=None),
    "wagtailadmin_error_test": rule(STAFF, status=None),
    # Pages outside any login
    "wagtailadmin_login": rule(EVERYONE, status=None),
    "wagtailadmin_logout": rule(EVERYONE, status=None),
    "wagtailadmin_password_reset*": rule(EVERYONE, status=None),
    "wagtailadmin_javascript_catalog": rule(STAFF),
    "wagtailadmin_sprite": rule(STAFF),
    "wagtailcore_login": rule(EVERYONE, status=None),
    "wagtailcore_authenticate_with_password": rule(EVERYONE, status=None),
    "wagtail_serve": rule(EVERYONE, status=None),
    "wagtail_serve_preview": rule(EVERYONE, status=None),
    # allauth: sign-in, sign-up, email, MFA, single sign-on
    "account_*": rule(EVERYONE, status=None),
    "mfa_*": rule(EVERYONE, status=None),
    "socialaccount_*": rule(EVERYONE, status=None),
    "saml_*": rule(EVERYONE, status=None),
    "openid_connect_*": rule(EVERYONE, status=None),
    "django.views.static.serve": rule(EVERYONE, status=None),
    "django.views.generic.base.view": rule(EVERYONE, status=None),  # favicon redirect
}

RULES = {**PROJECT, **WAGTAIL_AND_ACCOUNTS}


# --- The URL conf, walked ---------------------------------------------------------


@dataclass(frozen=True)
class Route:
    name: str
    route: str  # with converters, e.g. "id/learn/quizzes/attempts/<int:attempt_id>/"
    module: str


def routes() -> list[Route]:
    found = []

    def walk(resolver, prefix, namespace):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                ns = namespace
                if pattern.namespace:
                    ns = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                walk(pattern, prefix + str(pattern.pattern), ns)
            elif isinstance(pattern, URLPattern):
                callback = pattern.callback
                name = pattern.name or f"{callback.__module__}.{callback.__name__}"
                full = f"{namespace}:{name}" if namespace and pattern.name else name
                found.append(Route(full, prefix + str(pattern.pattern), callback.__module__))

    walk(get_resolver(), "", "")
    return found


def rule_for(name: str) -> Rule | None:
    if name in RULES:
        return RULES[name]
    matches = [pattern for pattern in RULES if fnmatch.fnmatchcase(name, pattern)]
    # The most specific pattern wins (the longest text before its first wildcard).
    matches.sort(key=lambda pattern: len(pattern.split("*", 1)[0]), reverse=True)
    return RULES[matches[0]] if matches else None


def test_every_url_has_a_rule():
    missing = sorted({r.name for r in routes() if rule_for(r.name) is None})
    assert not missing, (
        "These URLs are not in the access matrix (tests/security/test_access_matrix.py); "
        "say who may use each: " + ", ".join(missing)
    )


def test_every_project_rule_still_matches_a_url():
    names = [r.name for r in routes()]
    stale = [p for p in PROJECT if not any(fnmatch.fnmatchcase(n, p) for n in names)]
    assert not stale, f"Rules for URLs that no longer exist: {stale}"


# --- Filling in a URL's arguments from the world ------------------------------------

_REGEX_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")
_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def _object_for(route: Route, argument: str, world: w.World):
    name = route.name
    if argument == "page_id" and name.startswith("quizzes"):
        return world["quiz"].pk
    if argument == "page_id" and name.startswith("simulations"):
        return world["scenario"].pk
    if argument == "page_id" and name.startswith("courses:lesson") or "metric_lab" in name:
        return world["lesson"].pk
    if argument == "page_id" and name.startswith("courses:"):
        return world["course"].pk
    if argument in ("page_id", "parent_page_id", "page_to_move_id", "target_page_id"):
        return world["lesson"].pk
    if argument == "attempt_id" and "metric_lab" in name:
        return 999_999
    lookup = {
        "attempt_id": lambda: world["attempt"].pk,
        "run_id": lambda: world["run"].pk,
        "code": lambda: world["certificate"].code,
        "user_id": lambda: world.users[w.LEARNER].pk,
        "token": lambda: world["import_token"],
        "block_id": lambda: "blok-tidak-ada",
        "app_label": lambda: "courses",
        "model_name": lambda: "lessonpage",
        "content_type_app_name": lambda: "courses",
        "content_type_model_name": lambda: "lessonpage",
        "image_id": lambda: world["image"].pk,
        "document_id": lambda: world["document"].pk,
        "document_filename": lambda: world["document"].filename,
        "revision_id": lambda: 1,
        "path": lambda: "",
    }
    if argument in lookup:
        return lookup[argument]()
    if argument in ("pk", "id", "object_id"):
        by_area = [
            ("report_export", "export"),
            ("people_invitations", "invitation_job"),
            ("certificates_job", "job"),
            ("certificates_template", "template"),
            ("certificates_regenerate", "template"),
            ("certificates_", "certificate"),
            ("course_assignments", "assignment"),
            ("_accounts_department", "department"),
            ("_accounts_learnerprofile", "profile"),
            ("_quizzes_questioncategory", "category"),
            ("_quizzes_question", "question"),
            ("_certificates_certificatetemplate", "template"),
            ("wagtailimages", "image"),
            ("wagtaildocs", "document"),
            ("wagtailusers_users", None),
            ("wagtailusers_groups", "group"),
            ("wagtailsites", "site"),
            ("wagtaillocales", "locale"),
            ("wagtailadmin_collections", "collection"),
        ]
        for fragment, key in by_area:
            if fragment in name:
                return world.users[w.SUPERUSER].pk if key is None else world[key].pk
        return world["lesson"].pk
    return "1"


def url_of(route: Route, world: w.World) -> str:
    text = route.route
    text = _REGEX_GROUP.sub(lambda m: str(_object_for(route, m.group(1), world)), text)
    text = _CONVERTER.sub(lambda m: str(_object_for(route, m.group(2), world)), text)
    # What is left of a regex route: anchors and escapes.
    text = text.replace("^", "").replace("$", "").replace("\\", "")
    text = re.sub(r"\(\?:[^)]*\)\??", "", text)
    return "/" + text


# --- What counts as refused ------------------------------------------------------------


def _refused(response, role: str) -> bool:
    """Turned away: visitors to sign-in; people signed in with an error status or a
    redirect elsewhere (Wagtail sends staff back with "no permission")."""
    if response.status_code in (400, 403, 404, 405):
        return True
    if response.status_code in (301, 302):
        return "login" in response["Location"] or role != w.ANONYMOUS
    return False


@dataclass
class Finding:
    role: str
    method: str
    url: str
    name: str
    status: int
    expected: str

    def __str__(self):
        where = f"{self.role:14} {self.method:4} {self.status} {self.url}"
        return f"{where}  ({self.name}: {self.expected})"


def check_role(world: w.World, role: str) -> tuple[int, list[Finding]]:
    """Every URL as `role`: GETs first, then forbidden POSTs (which must change nothing).
    Returns the number of requests made and what went against the matrix."""
    client = world.client(role)
    findings: list[Finding] = []
    made = 0
    todo = [(route, rule_for(route.name)) for route in routes()]
    todo = [(route, r) for route, r in todo if r is not None and _worth_checking(route)]

    for route, r in todo:
        url = url_of(route, world)
        allowed = role in (r.get_allowed or r.allowed)
        response = client.get(url)
        made += 1
        status = response.status_code
        if status >= 500:
            findings.append(Finding(role, "GET", url, route.name, status, "never 5xx"))
        elif allowed and r.allowed_status is not None and status != r.allowed_status:
            if not (r.allowed_status == 405 and status in (302, 405)):
                findings.append(
                    Finding(role, "GET", url, route.name, status, f"{r.allowed_status}")
                )
        elif not allowed and not _refused(response, role):
            findings.append(Finding(role, "GET", url, route.name, status, "refused"))

    for route, r in todo:
        if not r.state or role in r.allowed:
            continue
        url = url_of(route, world)
        before = w.fingerprint()
        response = client.post(url, {"sequence": 0, "action": "choose", "key": "x"})
        made += 1
        changed = w.fingerprint() != before
        refused = _refused(response, role) or (r.post_may_render and response.status_code == 200)
        if response.status_code >= 500 or changed or not refused:
            expected = "refused, nothing changed" + (" (database changed)" if changed else "")
            findings.append(Finding(role, "POST", url, route.name, response.status_code, expected))
    return made, findings


_CHANGES_STATE = re.compile(r"(add|new|create|import|copy|move|delete|edit|action|revoke)")


def _worth_checking(route: Route) -> bool:
    """Every URL that takes an object or changes state, and every URL of ours.
    allauth's sign-in pages have their own tests (tests/accounts)."""
    if route.name.startswith(
        ("account_", "mfa_", "socialaccount_", "saml_", "openid_connect_", "django.views")
    ):
        return False
    ours = route.name in PROJECT or any(fnmatch.fnmatchcase(route.name, p) for p in PROJECT)
    takes_object = "<" in route.route or "(?P<" in route.route
    return ours or takes_object or bool(_CHANGES_STATE.search(route.name))


@pytest.fixture
def academy(site, cert_template, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return w.build(site, cert_template)


@pytest.mark.parametrize("role", w.ROLES)
def test_the_access_matrix_holds_for(role, academy, capsys):
    made, findings = check_role(academy, role)
    with capsys.disabled():
        print(f"\naccess matrix, {role}: {made} requests, {len(findings)} against the matrix")
    assert not findings, "\n" + "\n".join(str(f) for f in findings)
