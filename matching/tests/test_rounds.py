"""Match rounds in the product: run, review, publish, answer, re-run."""

import csv

import pytest
from django.core.management import CommandError, call_command

from matching import services
from matching.models import MatchRound, PairExclusion, Proposal


def run_round(personas, actor=None):
    match_round = MatchRound.objects.create(programme=personas.regional, started_by=actor)
    return services.round_run(match_round=match_round)


def pairs(match_round):
    return {
        (p.mentee.user.email, p.mentor.user.email)
        for p in match_round.proposals.select_related("mentee__user", "mentor__user")
        if p.status != Proposal.Status.REMOVED
    }


def test_a_round_never_pairs_people_of_the_same_or_competing_organisations(personas):
    match_round = run_round(personas)

    assert match_round.status == MatchRound.Status.DRAFT
    for proposal in match_round.proposals.select_related("mentee", "mentor"):
        assert proposal.mentee.organisation_id != proposal.mentor.organisation_id
        assert {proposal.mentee.organisation.key, proposal.mentor.organisation.key} != {"acme", "globex"}


def test_a_round_lists_every_unmatched_need_with_a_reason(personas):
    match_round = run_round(personas)

    matched = match_round.proposals.count()
    open_needs = match_round.stats["needs"]
    assert len(match_round.unmatched) == open_needs - matched
    assert {item["reason"] for item in match_round.unmatched} <= {"no_offer", "capacity", "rules"}


def test_every_proposal_explains_itself(personas):
    match_round = run_round(personas)

    proposal = match_round.proposals.first()
    assert proposal.components
    assert proposal.score == pytest.approx(sum(proposal.components.values()), abs=1e-3)


def test_publishing_tells_both_sides_once(personas, mailoutbox, django_capture_on_commit_callbacks):
    match_round = run_round(personas)
    count = match_round.proposals.count()

    with django_capture_on_commit_callbacks(execute=True):
        services.round_publish(match_round=match_round)
    from matching.tasks import notify_proposal

    for proposal in match_round.proposals.all():
        notify_proposal(proposal.pk)

    assert len(mailoutbox) == 2 * count
    assert set(match_round.proposals.values_list("status", flat=True)) == {Proposal.Status.PUBLISHED}


def test_a_declined_proposal_excludes_the_pair_and_returns_the_need_to_the_pool(personas):
    first = run_round(personas)
    services.round_publish(match_round=first)
    proposal = first.proposals.select_related("mentee", "mentor").first()

    services.proposal_respond(
        proposal=proposal, enrolment=proposal.mentee, accept=False, reason="no chemistry"
    )
    second = run_round(personas)

    assert PairExclusion.objects.filter(mentee=proposal.mentee, mentor=proposal.mentor).exists()
    assert not second.proposals.filter(mentee=proposal.mentee, mentor=proposal.mentor).exists()
    assert second.stats["needs"] >= 1


def test_both_sides_accepting_makes_the_proposal_accepted(personas):
    match_round = run_round(personas)
    services.round_publish(match_round=match_round)
    proposal = match_round.proposals.select_related("mentee", "mentor").first()

    services.proposal_respond(proposal=proposal, enrolment=proposal.mentee, accept=True)
    proposal = services.proposal_respond(proposal=proposal, enrolment=proposal.mentor, accept=True)

    assert proposal.status == Proposal.Status.ACCEPTED


def test_answering_twice_is_refused(personas):
    match_round = run_round(personas)
    services.round_publish(match_round=match_round)
    proposal = match_round.proposals.select_related("mentee").first()
    services.proposal_respond(proposal=proposal, enrolment=proposal.mentee, accept=True)

    with pytest.raises(services.TransitionError):
        services.proposal_respond(proposal=proposal, enrolment=proposal.mentee, accept=True)


def test_a_rerun_keeps_locked_pairs_and_supersedes_the_draft(personas):
    first = run_round(personas)
    locked = first.proposals.first()
    services.proposal_lock(proposal=locked)

    second = run_round(personas)

    first.refresh_from_db()
    assert first.status == MatchRound.Status.SUPERSEDED
    assert second.proposals.filter(need=locked.need, mentor=locked.mentor, locked=True).exists()


def test_an_excluded_pair_is_never_proposed_again(personas):
    first = run_round(personas)
    proposal = first.proposals.first()
    services.proposal_exclude(proposal=proposal, actor=personas.manager)

    second = run_round(personas)

    assert not second.proposals.filter(mentee=proposal.mentee, mentor=proposal.mentor).exists()


def test_a_published_round_cannot_be_changed(personas):
    match_round = run_round(personas)
    services.round_publish(match_round=match_round)

    with pytest.raises(services.TransitionError):
        services.proposal_lock(proposal=match_round.proposals.first())
    with pytest.raises(services.TransitionError):
        services.round_publish(match_round=match_round)


def test_the_match_command_writes_one_row_per_proposal(personas, tmp_path):
    output = tmp_path / "matches.csv"

    call_command("match", "regional", "--output", str(output))

    rows = list(csv.DictReader(output.read_text().splitlines()))
    assert rows and set(rows[0]) == {"mentee", "mentor", "need", "score"}
    assert len(rows) == Proposal.objects.filter(programme=personas.regional).count()
    assert all("@" in row["mentee"] and "@" in row["mentor"] for row in rows)


def test_the_match_command_refuses_an_unknown_programme(db, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("match", "nope", "--output", str(tmp_path / "m.csv"))
    assert error.value.returncode == 2


def test_participants_see_only_their_own_published_proposals(client, personas):
    match_round = run_round(personas)
    proposal = match_round.proposals.select_related("mentee__user").first()
    client.force_login(proposal.mentee.user)

    assert str(proposal.public_id) not in client.get("/p/regional/proposals/").content.decode()
    services.round_publish(match_round=match_round)
    page = client.get("/p/regional/proposals/").content.decode()

    assert f"proposal-{proposal.public_id}" in page
    others = match_round.proposals.exclude(mentee=proposal.mentee).exclude(mentor=proposal.mentee)
    assert all(f"proposal-{p.public_id}" not in page for p in others)


def test_only_the_manager_reaches_the_round_and_its_actions(client, personas):
    match_round = run_round(personas)
    proposal = match_round.proposals.first()
    urls = [
        ("get", f"/p/regional/matching/rounds/{match_round.public_id}/"),
        ("post", f"/p/regional/matching/rounds/{match_round.public_id}/publish/"),
        ("post", f"/p/regional/proposals/{proposal.public_id}/lock/"),
    ]
    for role in ("coordinator_acme", "mentor_acme", "mentee_globex", "outsider"):
        client.force_login(getattr(personas, role))
        for method, url in urls:
            assert getattr(client, method)(url).status_code == 404, (role, url)
    client.force_login(personas.manager)
    assert client.get(urls[0][1]).status_code == 200


def test_a_mentee_sees_ranked_mentors_with_reasons(client, personas):
    client.force_login(personas.mentee_initech)

    page = client.get("/p/regional/recommendations/").content.decode()

    assert "Mentor Acme Logistics" in page or "Mentor Globex Freight" in page
    assert "Mentor Initech" not in page  # same organisation


def test_a_mentee_whose_request_gave_them_a_mentor_gets_no_second_at_the_limit(personas):
    from relationships.models import Mentorship

    Mentorship.objects.create(
        programme=personas.regional,
        mentor=personas.enrolments["mentor_initech"],
        mentee=personas.enrolments["mentee_acme"],
        origin=Mentorship.Origin.REQUEST,
        status=Mentorship.Status.ACTIVE,
    )
    assert personas.regional.max_mentors_per_mentee == 1

    match_round = run_round(personas)

    assert not match_round.proposals.filter(mentee=personas.enrolments["mentee_acme"]).exists()
    assert match_round.proposals.exclude(mentee=personas.enrolments["mentee_acme"]).exists()


def test_the_match_command_writes_an_email_that_looks_like_a_formula_as_text(personas, tmp_path):
    mentee = personas.mentee_globex
    mentee.email = "-2+3@globex.example"  # a valid address that a spreadsheet would compute
    mentee.save()
    output = tmp_path / "matches.csv"

    call_command("match", "regional", "--output", str(output))

    rows = list(csv.DictReader(output.read_text().splitlines()))
    assert "'-2+3@globex.example" in {row["mentee"] for row in rows}
    assert all(not row["mentee"].startswith("-") for row in rows)
    assert all(float(row["score"]) >= 0 for row in rows)


@pytest.mark.parametrize("origin", ["request", "proposal"])
def test_a_pair_whose_mentorship_closed_is_neither_proposed_nor_recommended_again(personas, origin):
    from matching.adapter import recommendations
    from relationships import services as relationships

    mentorship = _mentorship_from(personas, origin)
    relationships.mentorship_close(mentorship=mentorship, user=mentorship.mentee.user, reason="mismatch")

    second = run_round(personas)

    mentee, mentor, need = mentorship.mentee, mentorship.mentor, mentorship.need
    assert need.pk in adapter_needs(personas)  # the need is back in the pool…
    assert not second.proposals.filter(mentee=mentee, mentor=mentor).exists()
    ranked = recommendations(personas.regional, [need])[need.pk]
    assert ranked and mentor.pk not in {p.mentor for p in ranked}  # …but never with the same mentor
    with pytest.raises(services.ServiceError, match="mentorship with this mentor has ended"):
        relationships.request_send(mentee=mentee, mentor=mentor, need=need, message="Again?")


def adapter_needs(personas):
    from matching.adapter import load_pool

    return set(load_pool(personas.regional).needs)


def _mentorship_from(personas, origin):
    """mentor_acme mentors mentee_initech in their first need, from a request or an accepted proposal."""
    from relationships import services as relationships

    personas.regional.matching_mode = "both"
    personas.regional.save(update_fields=["matching_mode"])
    mentee, mentor = personas.enrolments["mentee_initech"], personas.enrolments["mentor_acme"]
    need = mentee.needs.first()
    if origin == "request":
        request = relationships.request_send(mentee=mentee, mentor=mentor, need=need, message="Please")
        return relationships.request_accept(request=request, mentor=mentor)
    match_round = MatchRound.objects.create(programme=personas.regional, status="published")
    proposal = Proposal.objects.create(
        round=match_round,
        programme=personas.regional,
        need=need,
        mentee=mentee,
        mentor=mentor,
        score=1.0,
        status="published",
    )
    services.proposal_respond(proposal=proposal, enrolment=mentee, accept=True)
    services.proposal_respond(proposal=proposal, enrolment=mentor, accept=True)
    return proposal.mentorship
