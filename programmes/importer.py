"""CSV (or .xlsx, read by programmes.workbook) import of organisations and people into a programme.

Two passes: first every row of both files is checked and every problem collected (file, row, column,
what is wrong); only when there is none is anything written, in one transaction, with bulk queries
so that 100k people import in well under a minute. Re-importing updates by organisation key and
person email, so the same files can be imported again safely.

organisations.csv: key,name,country,sector,competitors
people.csv: email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone
(`;` separates list items; a need is `competence-slug` or `competence-slug:mentoring-function`).
"""

import csv
import difflib
import io
import itertools
import re
import secrets
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import Profile, User
from core.errors import ServiceError
from core.iso import COUNTRIES, LANGUAGES
from core.parse import nul_line
from organisations.models import Organisation

from . import workbook
from .models import Competence, Enrolment, Invitation, Need, Programme, ProgrammeOrganisation
from .services import INVITATION_VALIDITY, invitations_send

ORGANISATION_COLUMNS = ["key", "name", "country", "sector", "competitors"]
PEOPLE_COLUMNS = [
    "email",
    "name",
    "organisation",
    "country",
    "languages",
    "role",
    "offers",
    "needs",
    "capacity",
    "seniority",
    "timezone",
]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FUNCTIONS = set(Need.Function.values)
ROLES = set(Enrolment.Role.values)
TIMEZONES = zoneinfo.available_timezones()
CHUNK = 2000
# Parsing takes about twenty times a file's size in memory; 100k people fit in about 10 MB.
MAX_FILE_BYTES = 12 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"  # a workbook is a zip archive
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the older binary format, which we do not read


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("%(file)s, row %(row)s, column %(column)s: %(message)s") % {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class ImportFailed(ServiceError):
    def __init__(self, problems: list[ImportProblem]):
        super().__init__(
            ngettext(
                "%(count)s problem found; nothing was imported.",
                "%(count)s problems found; nothing was imported.",
                len(problems),
            )
            % {"count": len(problems)},
            code="import_failed",
        )
        self.problems = problems


@dataclass
class ImportReport:
    organisations_created: int = 0
    organisations_updated: int = 0
    people_created: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    enrolments_created: int = 0
    competences_added: list[str] = field(default_factory=list)
    invitations_sent: int = 0

    def lines(self) -> list[str]:
        lines = [
            f"organisations: {self.organisations_created} created, {self.organisations_updated} updated",
            f"people: {self.people_created} created, {self.people_updated} updated, "
            f"{self.people_unchanged} unchanged",
            f"enrolments: {self.enrolments_created} created",
        ]
        if self.competences_added:
            names = [f"{Competence.name_from_slug(slug)} ({slug})" for slug in self.competences_added]
            lines.append("competences added to the catalogue: " + ", ".join(names))
        if self.invitations_sent:
            lines.append(f"invitations: {self.invitations_sent} sent")
        return lines


@dataclass
class OrganisationRow:
    row: int
    key: str
    name: str
    country: str
    sector: str
    competitors: list[str]


@dataclass
class PersonRow:
    row: int
    email: str
    name: str
    organisation: str
    country: str
    languages: list[str]
    role: str
    offers: list[str]
    needs: list[tuple[str, str]]
    capacity: int
    seniority: int | None
    timezone: str


class _Checker:
    """Collects problems for one file, keeping the parse code free of bookkeeping."""

    def __init__(self, filename: str, problems: list[ImportProblem]):
        self.filename = filename
        self.problems = problems

    def problem(self, row: int, column: str, message: str, **params) -> None:
        """Record a problem; `message` is translated text with %(name)s placeholders for `params`."""
        self.problems.append(
            ImportProblem(self.filename, row, column, message % params if params else message)
        )


def size_problem(size: int, filename: str) -> ImportProblem | None:
    if size <= MAX_FILE_BYTES:
        return None
    message = _("the file is %(size)s; an import takes files of at most %(limit)s") % {
        "size": filesizeformat(size),
        "limit": filesizeformat(MAX_FILE_BYTES),
    }
    return ImportProblem(filename, 1, "-", message)


def read_file(file) -> bytes:
    """The content of an uploaded file or a path, refused by its size before it is read."""
    if isinstance(file, Path):
        size, name, read = file.stat().st_size, file.name, file.read_bytes
    else:
        size, name, read = file.size, file.name, file.read
    problem = size_problem(size, name)
    if problem is not None:
        raise ImportFailed([problem])
    return read()


def read_rows(data: bytes | str, filename: str, columns: list[str], problems: list[ImportProblem]):
    """Read a CSV file or an Excel workbook; yields (row number, dict) with the header as row 1."""
    check = _Checker(filename, problems)
    too_large = size_problem(len(data), filename)  # files the callers did not measure before reading
    if too_large is not None:
        problems.append(too_large)
        return []
    if isinstance(data, bytes) and data.startswith(XLS_MAGIC):
        check.problem(
            1, "-", _("the file is an Excel 97-2003 workbook (.xls); save it as .xlsx or as CSV (UTF-8)")
        )
        return []
    if filename.lower().endswith(".xlsx") or (isinstance(data, bytes) and data.startswith(XLSX_MAGIC)):
        records = workbook.records(data, check)
    else:
        records = _text_records(data, check)
    if records is None:
        return []
    header = [name.strip().lower() for name in next(records, (1, []))[1]]
    missing = [name for name in columns if name not in header]
    if missing:
        check.problem(
            1,
            ", ".join(missing),
            _("missing column(s); expected %(columns)s"),
            columns=",".join(columns),
        )
        return []
    index = {name: header.index(name) for name in columns}
    rows = []
    for number, values in records:
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            check.problem(
                number,
                "-",
                _("has %(fields)s fields, the header has %(header)s")
                % {"fields": len(values), "header": len(header)},
            )
            continue
        rows.append((number, {name: values[i].strip() for name, i in index.items()}))
    return rows


def _text_records(data: bytes | str, check: _Checker):
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            check.problem(1, "-", _("the file is not UTF-8 text (byte %(position)s)"), position=error.start)
            return None
    row = nul_line(data)
    if row is not None:
        check.problem(row, "-", _("a NUL character (\\0) cannot be imported: remove it"))
        return None
    return _records(csv.reader(io.StringIO(data)), check)


def _records(reader, check: _Checker):
    """(row number, values) of each record, the header being row 1."""
    for number in itertools.count(1):
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # what follows a record csv cannot read cannot be trusted
            _csv_problem(error, number, check)
            return
        yield number, values


def _csv_problem(error: csv.Error, number: int, check: _Checker) -> None:
    if "field larger than field limit" in str(error):
        check.problem(
            number,
            "-",
            _("a field is longer than %(limit)s characters"),
            limit=f"{csv.field_size_limit():,}",
        )
    else:
        check.problem(number, "-", _("is not valid CSV (%(error)s)"), error=str(error))


def split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


def parse_organisations(rows, filename: str, problems: list[ImportProblem]) -> list[OrganisationRow]:
    check = _Checker(filename, problems)
    parsed, seen = [], set()
    for number, row in rows:
        key = row["key"].lower()
        if not SLUG.match(key):
            check.problem(
                number,
                "key",
                _("“%(value)s” is not a key (lowercase letters, digits and -)"),
                value=row["key"],
            )
        elif key in seen:
            check.problem(number, "key", _("“%(value)s” appears twice"), value=key)
        seen.add(key)
        if not row["name"]:
            check.problem(number, "name", _("is empty"))
        country = row["country"].upper()
        if country not in COUNTRIES:
            check.problem(
                number,
                "country",
                _("“%(value)s” is not an ISO 3166-1 alpha-2 country code"),
                value=row["country"],
            )
        competitors = [item.lower() for item in split_list(row["competitors"])]
        if key in competitors:
            check.problem(number, "competitors", _("an organisation cannot be its own competitor"))
        parsed.append(OrganisationRow(number, key, row["name"], country, row["sector"], competitors))
    return parsed


def check_competitor_keys(organisations, known_keys: set[str], filename: str, problems) -> None:
    check = _Checker(filename, problems)
    for organisation in organisations:
        for key in organisation.competitors:
            if key not in known_keys:
                check.problem(
                    organisation.row,
                    "competitors",
                    _("“%(value)s” is not a known organisation key"),
                    value=key,
                )


def parse_people(rows, filename: str, problems, *, known_keys: set[str], only_key: str | None):
    check = _Checker(filename, problems)
    parsed, seen = [], set()
    for number, row in rows:
        person = _parse_person(number, row, check, known_keys, only_key)
        if person.email in seen:
            check.problem(number, "email", _("“%(value)s” appears twice"), value=person.email)
        seen.add(person.email)
        parsed.append(person)
    return parsed


def accounts_out_of_reach(emails: list[str], only_organisation: Organisation | None) -> set[str]:
    """The emails of accounts an import may not change.

    An import creates people, or updates people of the importer's organisations: the coordinator's
    own, or any organisation for the programme's manager. Accounts of no organisation (the platform
    admin, programme managers) and staff belong to nobody's import.
    """
    found = set()
    for chunk in _chunks(emails):
        users = User.objects.filter(email__in=chunk)
        if only_organisation is None:
            reachable = users.filter(profile__organisation__isnull=False)
        else:
            reachable = users.filter(profile__organisation=only_organisation)
        reachable = reachable.filter(is_staff=False, is_superuser=False)
        found.update(users.exclude(pk__in=reachable.values("pk")).values_list("email", flat=True))
    return found


def check_competences_known(people: list[PersonRow], filename: str, problems) -> None:
    """A coordinator's import uses the shared catalogue as it is: a typo must not add to it for
    every programme (only a manager's import adds competences)."""
    check = _Checker(filename, problems)
    catalogue = list(Competence.objects.values_list("slug", flat=True))
    messages = dict.fromkeys(catalogue)  # a known slug has no message; an unknown one is looked up once
    for person in people:
        for column, slugs in (("offers", person.offers), ("needs", [slug for slug, _f in person.needs])):
            for slug in slugs:
                if slug not in messages and SLUG.match(slug):
                    messages[slug] = _unknown_competence(slug, catalogue)
                if messages.get(slug):
                    check.problem(person.row, column, messages[slug])


def _unknown_competence(slug: str, catalogue: list[str]) -> str:
    matches = difflib.get_close_matches(slug, catalogue, n=3, cutoff=0.75)
    if not matches:
        return _(
            "“%(value)s” is not in the competence catalogue; only the programme manager can add competences"
        ) % {"value": slug}
    return _("“%(value)s” is not in the competence catalogue; did you mean %(matches)s?") % {
        "value": slug,
        "matches": ", ".join(f"“{match}”" for match in matches),
    }


def _parse_person(number: int, row: dict, check: _Checker, known_keys: set[str], only_key: str | None):
    email = row["email"].lower()
    try:
        validate_email(email)
    except ValidationError:
        check.problem(number, "email", _("“%(value)s” is not an email address"), value=row["email"])
    if not row["name"]:
        check.problem(number, "name", _("is empty"))
    organisation = row["organisation"].lower()
    if organisation not in known_keys:
        check.problem(
            number,
            "organisation",
            _("“%(value)s” is not a known organisation key"),
            value=row["organisation"],
        )
    elif only_key is not None and organisation != only_key:
        check.problem(number, "organisation", _("you may only import people of “%(key)s”"), key=only_key)
    country = row["country"].upper()
    if country and country not in COUNTRIES:
        check.problem(
            number,
            "country",
            _("“%(value)s” is not an ISO 3166-1 alpha-2 country code"),
            value=row["country"],
        )
    languages = [item.lower() for item in split_list(row["languages"])]
    if not languages:
        check.problem(number, "languages", _("at least one language is needed"))
    for language in languages:
        if language not in LANGUAGES:
            check.problem(
                number, "languages", _("“%(value)s” is not an ISO 639-1 language code"), value=language
            )
    role = row["role"].lower()
    if role not in ROLES:
        check.problem(number, "role", _("“%(value)s” is not one of mentor, mentee, both"), value=row["role"])
    offers = _parse_slugs(number, "offers", split_list(row["offers"].lower()), check)
    needs = _parse_needs(number, split_list(row["needs"].lower()), check)
    if role in ("mentor", "both") and not offers:
        check.problem(number, "offers", _("a mentor offers at least one competence"))
    if role in ("mentee", "both") and not needs:
        check.problem(number, "needs", _("a mentee states at least one need"))
    return PersonRow(
        row=number,
        email=email,
        name=row["name"],
        organisation=organisation,
        country=country,
        languages=languages,
        role=role,
        offers=offers if role in ("mentor", "both") else [],
        needs=needs if role in ("mentee", "both") else [],
        capacity=_parse_int(number, "capacity", row["capacity"], check, default=1, low=1, high=50),
        seniority=_parse_int(number, "seniority", row["seniority"], check, default=None, low=1, high=5),
        timezone=_parse_timezone(number, row["timezone"], check),
    )


def _parse_slugs(number: int, column: str, slugs: list[str], check: _Checker) -> list[str]:
    for slug in slugs:
        if not SLUG.match(slug):
            check.problem(
                number,
                column,
                _("“%(value)s” is not a competence slug (lowercase letters, digits and -)"),
                value=slug,
            )
    if len(set(slugs)) != len(slugs):
        check.problem(number, column, _("a competence is listed twice"))
    return slugs


def _parse_needs(number: int, items: list[str], check: _Checker) -> list[tuple[str, str]]:
    needs = []
    for item in items:
        slug, _sep, function = item.partition(":")
        function = function.strip() or Need.Function.PROFESSIONAL_MENTORING
        if function not in FUNCTIONS:
            check.problem(
                number,
                "needs",
                _("“%(value)s” is not a kind of mentoring (%(choices)s)")
                % {"value": function, "choices": ", ".join(sorted(FUNCTIONS))},
            )
        needs.append((slug.strip(), function))
    _parse_slugs(number, "needs", [slug for slug, _function in needs], check)
    return needs


def _parse_int(number: int, column: str, value: str, check: _Checker, *, default, low: int, high: int):
    if value == "":
        return default
    try:
        parsed = int(value)
    except ValueError:
        check.problem(number, column, _("“%(value)s” is not a whole number"), value=value)
        return default
    if not low <= parsed <= high:
        check.problem(
            number,
            column,
            _("%(value)s is not between %(low)s and %(high)s"),
            value=parsed,
            low=low,
            high=high,
        )
    return parsed


def _parse_timezone(number: int, value: str, check: _Checker) -> str:
    if value == "":
        return "UTC"
    if value not in TIMEZONES:
        check.problem(
            number,
            "timezone",
            _("“%(value)s” is not an IANA time zone (e.g. Europe/Amsterdam)"),
            value=value,
        )
    return value


def people_import(
    *,
    programme: Programme,
    people_data: bytes | str,
    organisations_data: bytes | str | None = None,
    organisations_filename: str = "organisations.csv",
    people_filename: str = "people.csv",
    only_organisation: Organisation | None = None,
    actor=None,
    invite: bool = True,
) -> ImportReport:
    """Check both files completely, then write everything in one transaction, or nothing.

    Each person the import creates is sent an invitation to choose a password, from `actor`
    (who imports); `invite=False` sends none (the demo, which sets its people's passwords).
    """
    problems: list[ImportProblem] = []
    organisations = []
    if organisations_data is not None:
        rows = read_rows(organisations_data, organisations_filename, ORGANISATION_COLUMNS, problems)
        organisations = parse_organisations(rows, organisations_filename, problems)
        if only_organisation is not None:
            for row in organisations:
                if row.key != only_organisation.key:
                    _Checker(organisations_filename, problems).problem(
                        row.row,
                        "key",
                        _("you may only import your own organisation “%(key)s”")
                        % {"key": only_organisation.key},
                    )
    file_keys = {row.key for row in organisations}
    known_keys = file_keys | set(Organisation.objects.values_list("key", flat=True))
    check_competitor_keys(organisations, known_keys, organisations_filename, problems)
    rows = read_rows(people_data, people_filename, PEOPLE_COLUMNS, problems)
    only_key = only_organisation.key if only_organisation else None
    people = parse_people(rows, people_filename, problems, known_keys=known_keys, only_key=only_key)
    if only_organisation is not None:
        check_competences_known(people, people_filename, problems)
    if problems:
        raise ImportFailed(problems)
    with transaction.atomic():
        return _write(programme, organisations, people, only_organisation, actor, invite)


def _write(programme, organisations, people, only_organisation, actor, invite: bool) -> ImportReport:
    report = ImportReport()
    organisation_ids = _write_organisations(organisations, report)
    for person in people:
        if person.organisation not in organisation_ids:
            organisation_ids[person.organisation] = None
    missing = [key for key, pk in organisation_ids.items() if pk is None]
    organisation_ids.update(dict(Organisation.objects.filter(key__in=missing).values_list("key", "id")))
    _write_memberships(programme, set(organisation_ids.values()))
    competence_ids = _write_competences(people, report)
    out_of_reach = accounts_out_of_reach([person.email for person in people], only_organisation)
    invited = [person for person in people if person.email in out_of_reach]
    people = [person for person in people if person.email not in out_of_reach]
    changed: set[str] = set()  # emails of the people something was written for
    user_ids, created = _write_users(people, changed)
    _write_profiles(people, user_ids, organisation_ids, changed)
    enrolment_ids = _write_enrolments(programme, people, user_ids, organisation_ids, report, changed)
    _write_offers(people, enrolment_ids, competence_ids, changed)
    _write_needs(people, enrolment_ids, competence_ids, changed)
    report.people_created = len(created)
    report.people_updated = len(changed - created)
    report.people_unchanged = len(people) - len(changed | created)
    _count_out_of_reach(programme, invited, report)
    if invite:
        new_people = [person for person in people if person.email in created]
        report.invitations_sent = _invite(programme, [*new_people, *invited], organisation_ids, actor)
    return report


def _count_out_of_reach(programme, people: list[PersonRow], report: ImportReport) -> None:
    """Report the rows of accounts the import may not change as if their emails were unknown.

    The importer must not learn whether an email has an account elsewhere: such a row reads like a
    new person the first time (created, enrolled, invited) and like a person imported before
    (unchanged) once an import has invited them, while the account is left as it is; its owner decides.
    """
    seen = set()
    for chunk in _chunks([person.email for person in people]):
        invitations = Invitation.objects.filter(programme=programme, email__in=chunk, imported=True)
        seen.update(invitations.values_list("email", flat=True))
    report.people_created += len(people) - len(seen)
    report.enrolments_created += len(people) - len(seen)
    report.people_unchanged += len(seen)


def _invite(programme, people: list[PersonRow], organisation_ids: dict[str, int], actor) -> int:
    """Invite each person the programme has no invitation for yet; the link sets their password.

    Returns how many invitations are sent (by tasks, once the import commits).
    """
    emails = [person.email for person in people]
    existing = set()
    for chunk in _chunks(emails):
        invitations = Invitation.objects.filter(programme=programme, email__in=chunk)
        existing.update(invitations.values_list("email", flat=True))
        invitations.filter(imported=False).update(imported=True)
    expires_at = timezone.now() + INVITATION_VALIDITY
    new = [
        Invitation(
            programme=programme,
            email=person.email,
            organisation_id=organisation_ids[person.organisation],
            invited_by=actor,
            expires_at=expires_at,
            imported=True,
        )
        for person in people
        if person.email not in existing
    ]
    Invitation.objects.bulk_create(new, batch_size=CHUNK)
    ids = []
    for chunk in _chunks([invitation.email for invitation in new]):
        ids.extend(
            Invitation.objects.filter(programme=programme, email__in=chunk).values_list("pk", flat=True)
        )
    invitations_send(ids)
    return len(new)


def _write_organisations(organisations: list[OrganisationRow], report: ImportReport) -> dict[str, int]:
    existing = {
        org.key: org for org in Organisation.objects.filter(key__in=[row.key for row in organisations])
    }
    new, changed = [], []
    for row in organisations:
        organisation = existing.get(row.key)
        if organisation is None:
            new.append(Organisation(key=row.key, name=row.name, country=row.country, sector=row.sector))
        elif (organisation.name, organisation.country, organisation.sector) != (
            row.name,
            row.country,
            row.sector,
        ):
            organisation.name, organisation.country, organisation.sector = row.name, row.country, row.sector
            changed.append(organisation)
    Organisation.objects.bulk_create(new)
    Organisation.objects.bulk_update(changed, ["name", "country", "sector"])
    report.organisations_created, report.organisations_updated = len(new), len(changed)
    ids = {org.key: org.pk for org in [*existing.values(), *new]}
    declared = {row.key: row.competitors for row in organisations}
    all_keys = {key for keys in declared.values() for key in keys} - set(ids)
    ids_with_competitors = {
        **ids,
        **dict(Organisation.objects.filter(key__in=all_keys).values_list("key", "id")),
    }
    pairs = set()
    for key, competitors in declared.items():
        for other in competitors:
            pairs.add((ids[key], ids_with_competitors[other]))
            pairs.add((ids_with_competitors[other], ids[key]))
    through = Organisation.competitors.through
    through.objects.bulk_create(
        [through(from_organisation_id=a, to_organisation_id=b) for a, b in pairs], ignore_conflicts=True
    )
    return ids


def _write_memberships(programme: Programme, organisation_ids: set[int]) -> None:
    now = timezone.now()
    ProgrammeOrganisation.objects.bulk_create(
        [
            ProgrammeOrganisation(programme=programme, organisation_id=pk, status="joined", joined_at=now)
            for pk in organisation_ids
        ],
        ignore_conflicts=True,
    )
    ProgrammeOrganisation.objects.filter(
        programme=programme, organisation_id__in=organisation_ids, status=ProgrammeOrganisation.Status.INVITED
    ).update(status=ProgrammeOrganisation.Status.JOINED, joined_at=now)


def _write_competences(people: list[PersonRow], report: ImportReport) -> dict[str, int]:
    slugs = {slug for person in people for slug in person.offers} | {
        slug for person in people for slug, _function in person.needs
    }
    ids = dict(Competence.objects.filter(slug__in=slugs).values_list("slug", "id"))
    new = sorted(slugs - set(ids))
    if new:
        created = Competence.objects.bulk_create(
            [Competence(slug=slug, names={"en": Competence.name_from_slug(slug)}) for slug in new]
        )
        ids.update({competence.slug: competence.pk for competence in created})
        report.competences_added = new
    return ids


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write_users(people: list[PersonRow], changed_emails: set[str]) -> tuple[dict[str, int], set[str]]:
    """Create and rename users; returns every person's user id and the emails of those created."""
    existing = {}
    for chunk in _chunks([person.email for person in people]):
        existing.update({user.email: user for user in User.objects.filter(email__in=chunk)})
    new, changed = [], []
    for person in people:
        user = existing.get(person.email)
        if user is None:
            # Imported people choose a password from their invitation; this hash matches nothing.
            new.append(User(email=person.email, name=person.name, password="!" + secrets.token_urlsafe(30)))
        elif user.name != person.name:
            user.name = person.name
            changed.append(user)
    User.objects.bulk_create(new, batch_size=CHUNK)
    User.objects.bulk_update(changed, ["name"], batch_size=CHUNK)
    changed_emails.update(user.email for user in changed)
    ids = {user.email: user.pk for user in existing.values()}
    if new and new[0].pk is None:  # back-ends that do not return keys from bulk inserts
        for chunk in _chunks([user.email for user in new]):
            ids.update(dict(User.objects.filter(email__in=chunk).values_list("email", "id")))
    else:
        ids.update({user.email: user.pk for user in new})
    return ids, {user.email for user in new}


PROFILE_FIELDS = ["organisation_id", "country", "languages", "seniority", "timezone"]
ENROLMENT_FIELDS = ["organisation_id", "role", "capacity", "status"]


def _values(instance, fields: list[str]) -> tuple:
    return tuple(getattr(instance, name) for name in fields)


def _write_profiles(
    people, user_ids: dict[str, int], organisation_ids: dict[str, int], changed_emails: set[str]
):
    existing = {}
    for chunk in _chunks(list(user_ids.values())):
        existing.update({profile.user_id: profile for profile in Profile.objects.filter(user_id__in=chunk)})
    new, changed = [], []
    for person in people:
        user_id = user_ids[person.email]
        profile = existing.get(user_id) or Profile(user_id=user_id, language=_email_language(person))
        before = _values(profile, PROFILE_FIELDS)
        profile.organisation_id = organisation_ids[person.organisation]
        profile.country = person.country or profile.country
        profile.languages = person.languages
        profile.seniority = person.seniority if person.seniority is not None else profile.seniority
        profile.timezone = person.timezone
        if profile.pk is None:
            new.append(profile)
        elif _values(profile, PROFILE_FIELDS) != before:
            changed.append(profile)
            changed_emails.add(person.email)
    Profile.objects.bulk_create(new, batch_size=CHUNK)
    Profile.objects.bulk_update(
        changed, ["organisation", "country", "languages", "seniority", "timezone"], batch_size=CHUNK
    )


def _email_language(person: PersonRow) -> str:
    """A new person's emails come in the first of their languages that Crossmentor is written in."""
    offered = {code for code, _name in settings.LANGUAGES}
    return next((code for code in person.languages if code in offered), settings.LANGUAGE_CODE)


def _write_enrolments(
    programme, people, user_ids, organisation_ids, report, changed_emails
) -> dict[str, int]:
    existing = {}
    for chunk in _chunks(list(user_ids.values())):
        existing.update(
            {e.user_id: e for e in Enrolment.objects.filter(programme=programme, user_id__in=chunk)}
        )
    now = timezone.now()
    new, changed = [], []
    for person in people:
        user_id = user_ids[person.email]
        enrolment = existing.get(user_id) or Enrolment(programme=programme, user_id=user_id, decided_at=now)
        before = _values(enrolment, ENROLMENT_FIELDS) if enrolment.pk else None
        enrolment.organisation_id = organisation_ids[person.organisation]
        enrolment.role = person.role
        enrolment.capacity = person.capacity if person.role != "mentee" else 1
        # New and waiting enrolments are approved; a withdrawal or a rejection is not undone.
        if enrolment.pk is None or enrolment.status == Enrolment.Status.APPLIED:
            enrolment.status = Enrolment.Status.APPROVED
        if before is None:
            new.append(enrolment)
            changed_emails.add(person.email)  # a person already there is enrolled: that is a change
        elif _values(enrolment, ENROLMENT_FIELDS) != before:
            changed.append(enrolment)
            changed_emails.add(person.email)
    Enrolment.objects.bulk_create(new, batch_size=CHUNK)
    Enrolment.objects.bulk_update(changed, ["organisation", "role", "capacity", "status"], batch_size=CHUNK)
    report.enrolments_created = len(new)
    by_user = {}
    for chunk in _chunks(list(user_ids.values())):
        by_user.update(
            dict(
                Enrolment.objects.filter(programme=programme, user_id__in=chunk).values_list("user_id", "id")
            )
        )
    return {email: by_user[user_id] for email, user_id in user_ids.items()}


def _emails_of(enrolment_ids: dict[str, int], changed_ids) -> set[str]:
    changed_ids = set(changed_ids)
    return {email for email, enrolment_id in enrolment_ids.items() if enrolment_id in changed_ids}


def _write_offers(people, enrolment_ids, competence_ids, changed_emails: set[str]) -> None:
    through = Enrolment.offers.through
    wanted = {
        (enrolment_ids[person.email], competence_ids[slug]) for person in people for slug in person.offers
    }
    ids = list(enrolment_ids.values())
    current = set()
    for chunk in _chunks(ids):
        current.update(
            through.objects.filter(enrolment_id__in=chunk).values_list("enrolment_id", "competence_id")
        )
    for enrolment_id, competence_id in current - wanted:
        through.objects.filter(enrolment_id=enrolment_id, competence_id=competence_id).delete()
    through.objects.bulk_create(
        [through(enrolment_id=e, competence_id=c) for e, c in wanted - current], batch_size=CHUNK
    )
    changed_emails.update(_emails_of(enrolment_ids, (e for e, _c in wanted ^ current)))


def _write_needs(people, enrolment_ids, competence_ids, changed_emails: set[str]) -> None:
    """Keep needs that stay (they may already have proposals), update their kind, add and remove."""
    wanted = {
        (enrolment_ids[person.email], competence_ids[slug]): function
        for person in people
        for slug, function in person.needs
    }
    current = {}
    for chunk in _chunks(list(enrolment_ids.values())):
        current.update(
            {(n.enrolment_id, n.competence_id): n for n in Need.objects.filter(enrolment_id__in=chunk)}
        )
    stale = [need.pk for key, need in current.items() if key not in wanted]
    for chunk in _chunks(stale):
        Need.objects.filter(pk__in=chunk).delete()
    changed = []
    for key, need in current.items():
        if key in wanted and need.function != wanted[key]:
            need.function = wanted[key]
            changed.append(need)
    Need.objects.bulk_update(changed, ["function"], batch_size=CHUNK)
    new = [
        Need(enrolment_id=e, competence_id=c, function=f)
        for (e, c), f in wanted.items()
        if (e, c) not in current
    ]
    Need.objects.bulk_create(new, batch_size=CHUNK)
    touched = {e for e, _c in set(wanted) ^ set(current)} | {need.enrolment_id for need in changed}
    changed_emails.update(_emails_of(enrolment_ids, touched))
