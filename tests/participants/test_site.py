"""The participants' site, pure: routes, codes, notes, groups, feedback, the plan, the remote."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from facilitator.participants.site import route
from facilitator.room.wall import Kind, Source, Status, pending_notes

from .fakes import HOST, REMOTE, ROOM, SECOND, FakePort, get, make_site, post


def form(**fields: str) -> str:
    return urllib.parse.urlencode(fields)


def note_json(client_id: str, text: str, kind: str = "note") -> bytes:
    return json.dumps({"id": client_id, "text": text, "kind": kind}).encode()


# --- routes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/r/ABCDEF/../../etc/passwd",
        "/r/ABCDEF/%2e%2e/%2e%2e/etc/passwd",
        "/r/ABCDEF/app.js%2f..%2f..%2fsite.py",
        "/r/ABCDEF/..%5c..%5cpyproject.toml",
        "/style.css/..",
        "/assets/participants/app.js",
        "/r/ABCDEF//app.js",
        "/r/ABCDEF/%ff",
        "/r/ABCDEF/%00",
        "relative",
    ],
)
def test_a_path_outside_the_routes_leads_nowhere(path: str) -> None:
    site, _ = make_site()
    assert route(path).area in ("none", "room")
    response = site.respond(get(path))
    assert response.status == 404
    assert b"import" not in response.body and b"passwd" not in response.body


def test_each_route_names_its_area() -> None:
    assert route("/").area == "entry"
    assert route("/join").area == "join"
    assert route("/style.css").area == "style"
    assert route("/r/ABC/note") == route("/r/ABC/note/")
    assert route("/r/ABC/groups/2").rest == ("groups", "2")
    assert route("/t/XYZ/").area == "remote"
    assert route("/r/").area == "none"


def test_there_is_no_directory_listing() -> None:
    site, _ = make_site()
    for path in ("/r/", "/r/ABCDEF/assets/", "/t/", "/static/", "/r/ABCDEF/groups/"):
        response = site.respond(get(path))
        assert b"<li>" not in response.body or path.endswith("groups/")
        assert b"app.js" not in response.body or response.status == 200
    assert site.respond(get("/r/ABCDEF/assets/")).status == 404


# --- codes -------------------------------------------------------------------------------


def test_the_room_code_opens_the_room_and_nothing_else_does() -> None:
    site, _ = make_site()
    page = site.respond(get(f"/r/{ROOM}/"))
    assert page.status == 200
    assert "Strategieën".encode() in page.body  # the projected title, in the session's language
    for wrong in ("ABCDEG", "abcde", "", "ABCDEFABCDEF", REMOTE):
        refused = site.respond(get(f"/r/{wrong}/", peer="10.0.0.9"))
        assert refused.status == 404
        assert b"Strateg" not in refused.body and b"Stap" not in refused.body


def test_the_code_is_accepted_as_typed_and_leads_into_the_room() -> None:
    site, _ = make_site()
    answer = site.respond(get("/join?code=abc-def"))
    assert answer.status == 303 and answer.header("location") == f"/r/{ROOM}/"
    wrong = site.respond(get("/join?code=ZZZZZZ"))
    assert wrong.status == 404 and b"ABCDEF" not in wrong.body


def test_the_remote_needs_its_own_code_not_the_room_code() -> None:
    site, _ = make_site()
    assert site.respond(get(f"/t/{REMOTE}/")).status == 200
    assert site.respond(get(f"/t/{ROOM}/")).status == 404
    assert site.respond(get(f"/r/{REMOTE}/")).status == 404


def test_a_device_that_keeps_guessing_codes_is_refused_for_a_while() -> None:
    site, port = make_site()
    answers = [site.respond(get(f"/r/GUESS{n:02d}/", peer="10.0.0.66")).status for n in range(25)]
    assert answers[:20] == [404] * 20
    assert answers[20:] == [429] * 5
    # ... even with the right code, while it waits; another phone is not affected
    assert site.respond(get(f"/r/{ROOM}/", peer="10.0.0.66")).status == 429
    assert site.respond(get(f"/r/{ROOM}/", peer="10.0.0.3")).status == 200
    port.t += 60 * SECOND
    assert site.respond(get(f"/r/{ROOM}/", peer="10.0.0.66")).status == 200


def test_a_request_for_another_host_is_refused() -> None:
    site, _ = make_site()
    request = get(f"/r/{ROOM}/")
    rebinding = type(request)("GET", request.target, {"host": "evil.example:8765"}, b"", "x")
    assert site.respond(rebinding).status == 421


def test_a_post_from_another_site_is_refused() -> None:
    site, port = make_site()
    body = form(id="n1", text="hallo", kind="note")
    foreign = post(f"/r/{ROOM}/note", body, origin="http://evil.example")
    assert site.respond(foreign).status == 403
    cross = post(f"/r/{ROOM}/note", body, **{"sec-fetch-site": "cross-site"})
    assert site.respond(cross).status == 403
    hidden = post(f"/r/{ROOM}/note", body, origin="null")
    assert site.respond(hidden).status == 403
    assert port.room.state.wall.notes == ()
    # a browser that hides its origin but says the form is the app's own
    ours = post(f"/r/{ROOM}/note", body, origin="null", **{"sec-fetch-site": "same-origin"})
    assert site.respond(ours).status == 303


# --- notes -------------------------------------------------------------------------------


def test_a_form_note_waits_for_release_and_says_so() -> None:
    site, port = make_site()
    answer = site.respond(post(f"/r/{ROOM}/note", form(id="n1", text="Ik zag het", kind="note")))
    assert answer.status == 303
    assert answer.header("location") == f"/r/{ROOM}/?sent=pending"
    (note,) = pending_notes(port.room.state.wall)
    assert (note.text, note.source, note.step) == (
        "Ik zag het",
        Source.PARTICIPANT,
        port.run.step.id,
    )
    page = site.respond(get(answer.header("location")))
    assert b"de trainer" in page.body.lower()


def test_a_retried_note_is_one_note() -> None:
    site, port = make_site()
    for _ in range(3):
        answer = site.respond(
            post(f"/r/{ROOM}/api/note", note_json("phone-1-a", "één keer"), kind="application/json")
        )
        assert answer.status == 200
        assert json.loads(answer.body) == {"ok": True, "id": "phone-1-a", "status": "pending"}
    assert len(port.room.state.wall.notes) == 1


def test_with_auto_release_a_note_is_on_the_wall_at_once() -> None:
    site, port = make_site(FakePort(auto_release=True))
    answer = site.respond(
        post(f"/r/{ROOM}/api/note", note_json("x1", "meteen"), kind="application/json")
    )
    assert json.loads(answer.body)["status"] == "released"
    assert port.room.state.wall.notes[0].status is Status.RELEASED


def test_script_and_formula_notes_stay_plain_text() -> None:
    site, port = make_site(FakePort(auto_release=True))
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    for n, text in enumerate((script, "=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)")):
        site.respond(post(f"/r/{ROOM}/note", form(id=f"h{n}", text=text, kind="note")))
    assert next(n.text for n in port.room.state.wall.notes) == script  # kept exactly, as text
    # the refusal page that puts a text back escapes it
    port.posting = port.posting.toggled(port.run.step.id)
    page = site.respond(post(f"/r/{ROOM}/note", form(id="h9", text=script, kind="note")))
    assert page.status == 409
    assert b"<script>alert" not in page.body and b"&lt;script&gt;alert" in page.body


def test_a_note_over_500_characters_is_refused_and_given_back() -> None:
    site, port = make_site()
    text = "x" * 501
    page = site.respond(post(f"/r/{ROOM}/note", form(id="long", text=text, kind="note")))
    assert page.status == 422
    assert b"500" in page.body and text.encode() in page.body  # nothing typed is lost
    ok = site.respond(post(f"/r/{ROOM}/note", form(id="fits", text="x" * 500, kind="note")))
    assert ok.status == 303
    assert [len(n.text) for n in port.room.state.wall.notes] == [500]


def test_an_empty_note_is_refused() -> None:
    site, port = make_site()
    page = site.respond(post(f"/r/{ROOM}/note", form(id="e", text=" \n\t ", kind="note")))
    assert page.status == 422
    assert port.room.state.wall.notes == ()


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b"[]",
        b'"text"',
        b"\xff\xfe",
        b'{"id": 3, "text": "x"}',
        b'{"id": "a b", "text": "x"}',
        b'{"id": "ok", "text": ["x"]}',
        b'{"id": "ok", "text": "x", "kind": "feedback"}',
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_malformed_json_is_refused(body: bytes) -> None:
    site, port = make_site()
    answer = site.respond(post(f"/r/{ROOM}/api/note", body, kind="application/json"))
    assert answer.status == 400
    assert json.loads(answer.body)["ok"] is False
    assert port.room.state.wall.notes == ()


def test_json_must_say_it_is_json() -> None:
    site, _ = make_site()
    answer = site.respond(post(f"/r/{ROOM}/api/note", note_json("a", "x"), kind="text/plain"))
    assert answer.status == 415


def test_a_flood_from_one_phone_is_held_to_its_rate_and_others_post_on() -> None:
    site, port = make_site()
    statuses = []
    for n in range(15):
        answer = site.respond(
            post(
                f"/r/{ROOM}/api/note",
                note_json(f"f{n}", f"note {n}"),
                kind="application/json",
                peer="10.0.0.50",
            )
        )
        statuses.append(answer.status)
    assert statuses == [200] * 10 + [429] * 5
    last = site.respond(
        post(
            f"/r/{ROOM}/api/note",
            note_json("f99", "again"),
            kind="application/json",
            peer="10.0.0.50",
        )
    )
    assert last.header("retry-after").isdigit() and json.loads(last.body)["retry"] >= 1
    other = site.respond(
        post(
            f"/r/{ROOM}/api/note",
            note_json("o1", "mine"),
            kind="application/json",
            peer="10.0.0.51",
        )
    )
    assert other.status == 200
    assert len(port.room.state.wall.notes) == 11
    port.t += 60 * SECOND
    again = site.respond(
        post(
            f"/r/{ROOM}/api/note",
            note_json("f100", "later"),
            kind="application/json",
            peer="10.0.0.50",
        )
    )
    assert again.status == 200


def test_posting_closed_in_a_step_refuses_notes_there_only() -> None:
    site, port = make_site()
    port.posting = port.posting.toggled(port.run.step.id)
    page = site.respond(get(f"/r/{ROOM}/"))
    assert b'id="note-form" hidden' in page.body
    refused = site.respond(
        post(f"/r/{ROOM}/api/note", note_json("c1", "x"), kind="application/json")
    )
    assert refused.status == 409
    port.go_to_step("presentatie-strategieen-diversiteit")
    assert (
        site.respond(
            post(f"/r/{ROOM}/api/note", note_json("c2", "x"), kind="application/json")
        ).status
        == 200
    )


def test_under_a_prompt_a_note_is_a_commitment() -> None:
    site, port = make_site()
    port.go_to_step("evaluatie-en-conclusie")
    port.run.go_to_item(1, port.t)
    state = json.loads(site.respond(get(f"/r/{ROOM}/state")).body)
    assert state["kind"] == "commitment" and state["prompt"] == "Ik zal..."
    page = site.respond(get(f"/r/{ROOM}/"))
    assert b'name="kind" value="commitment"' in page.body
    site.respond(post(f"/r/{ROOM}/note", form(id="k", text="Ik zal luisteren", kind="commitment")))
    assert port.room.state.wall.notes[0].kind is Kind.COMMITMENT


# --- headers and files ---------------------------------------------------------------------


def test_pages_hold_no_inline_script_or_style() -> None:
    site, _ = make_site()
    for path in (
        f"/r/{ROOM}/",
        f"/r/{ROOM}/groups",
        f"/r/{ROOM}/feedback",
        f"/r/{ROOM}/plan",
        f"/t/{REMOTE}/",
        "/",
    ):
        body = site.respond(get(path)).body.decode()
        assert "<script>" not in body and "<style" not in body and " style=" not in body
        assert " onclick" not in body and "javascript:" not in body
        for tag in body.split("<script")[1:]:
            assert tag.lstrip().startswith("src=")


def test_the_script_and_the_stylesheet_are_files_of_the_app() -> None:
    site, _ = make_site()
    script = site.respond(get(f"/r/{ROOM}/app.js"))
    assert script.status == 200 and script.content_type.startswith("text/javascript")
    assert site.respond(get("/style.css")).content_type.startswith("text/css")
    assert site.respond(get(f"/t/{REMOTE}/remote.js")).status == 200
    assert site.respond(get(f"/r/{ROOM}/remote.js")).status == 404


def test_only_get_and_post_where_they_belong() -> None:
    site, _ = make_site()
    assert site.respond(post(f"/r/{ROOM}/", "")).status == 405
    assert site.respond(get(f"/r/{ROOM}/note")).status == 405
    assert site.respond(post("/style.css", "")).status == 405


# --- groups, feedback, the plan, the remote -------------------------------------------------


def test_a_participant_picks_a_group_and_sees_its_cards_and_questions() -> None:
    site, port = make_site()
    assert b'groups-link" hidden' in site.respond(get(f"/r/{ROOM}/")).body
    port.room.set_people(8, 0)
    port.room.make_groups("groepsactiviteit-scenarios", 0, count=2, seed=1)
    handout = port.agenda.handout("hand-out-2")
    assert handout is not None
    cards = [c.id for c in handout.cards]
    port.room.deal("groepsactiviteit-scenarios", "hand-out-2", "cards", cards, 0, per_group=2)
    groups = site.respond(get(f"/r/{ROOM}/groups")).body.decode()
    assert f"/r/{ROOM}/groups/1" in groups and f"/r/{ROOM}/groups/2" in groups
    page = site.respond(get(f"/r/{ROOM}/groups/2")).body.decode()
    given = port.room.state.grouping.deals[-1].of(2)  # type: ignore[union-attr]
    titles = [c.title for c in handout.cards if c.id in given]
    assert len(titles) == 2 and all(t in page for t in titles)
    others = [c.title for c in handout.cards if c.id not in given]
    assert not any(t in page for t in others)
    assert handout.questions and handout.questions[0] in page
    assert site.respond(get(f"/r/{ROOM}/groups/9")).status == 404


def test_feedback_is_a_score_and_a_sentence_once_per_id() -> None:
    site, port = make_site()
    assert b'name="score"' in site.respond(get(f"/r/{ROOM}/feedback")).body
    for _ in range(2):
        page = site.respond(post(f"/r/{ROOM}/feedback", form(id="fb1", score="4", text="Fijn")))
        assert page.status == 200
    assert [(f.score, f.text) for f in port.room.state.feedback] == [(4, "Fijn")]
    bad = site.respond(post(f"/r/{ROOM}/feedback", form(id="fb2", score="9", text="")))
    assert bad.status == 422 and len(port.room.state.feedback) == 1


def test_the_call_to_action_is_downloaded_as_text_and_shared_only_when_chosen() -> None:
    site, port = make_site()
    page = site.respond(get(f"/r/{ROOM}/plan")).body.decode()
    assert 'name="phase-1"' in page and "Oproep tot actie" in page
    fields = {
        "section": "oproep-tot-actie",
        "id": "p1",
        "as": "text",
        "phase-1": "<b>Mijn doel</b>",
    }
    answer = site.respond(post(f"/r/{ROOM}/plan", form(**fields)))
    assert answer.status == 200
    assert answer.header("content-disposition") == 'attachment; filename="oproep-tot-actie.txt"'
    assert "<b>Mijn doel</b>" in answer.body.decode()
    assert port.shared == []
    site.respond(post(f"/r/{ROOM}/plan", form(**fields, share="on")))
    assert [s.phases[0].answer for s in port.shared] == ["<b>Mijn doel</b>"]
    assert site.respond(post(f"/r/{ROOM}/plan", form(section="nope", id="p2"))).status == 404


def test_the_remote_sends_named_commands_only() -> None:
    site, port = make_site()
    page = site.respond(get(f"/t/{REMOTE}/")).body.decode()
    assert "Volgende stap" in page and 'id="clock"' in page
    done = site.respond(post(f"/t/{REMOTE}/command", form(name="next_step")))
    assert done.status == 303 and port.commands == ["next_step"]
    assert port.run.index == 1
    assert site.respond(post(f"/t/{REMOTE}/command", form(name="quit"))).status == 400
    api = site.respond(
        post(f"/t/{REMOTE}/api/command", b'{"name": "add_minute"}', kind="application/json")
    )
    assert json.loads(api.body) == {"ok": True}
    assert port.commands == ["next_step", "add_minute"]
    assert site.respond(post(f"/r/{ROOM}/command", form(name="next_step"))).status == 404
    state = json.loads(site.respond(get(f"/t/{REMOTE}/state")).body)
    assert state["step"] == "Stap 2 van 6" and state["clock"]


def test_the_live_connection_is_only_for_the_live_path_with_a_right_code() -> None:
    site, _ = make_site()
    assert site.live_audience(f"/r/{ROOM}/live", HOST, "", "p") == "room"
    assert site.live_audience(f"/t/{REMOTE}/live", HOST, f"http://{HOST}", "p") == "remote"
    assert site.live_audience("/r/WRONG1/live", HOST, "", "p") is None
    assert site.live_audience(f"/r/{ROOM}/live", HOST, "http://evil.example", "p") is None
    assert site.live_audience(f"/r/{ROOM}/live", "evil:1", "", "p") is None
    assert site.live_audience(f"/r/{ROOM}/state", HOST, "", "p") is None


def test_the_page_shows_black_when_the_projector_does() -> None:
    site, port = make_site()
    port.blank = True
    state = json.loads(site.respond(get(f"/r/{ROOM}/state")).body)
    assert state["screen"] == ""
    assert b'<div id="screen"><p class="blank">' in site.respond(get(f"/r/{ROOM}/")).body


def test_a_retry_is_confirmed_even_when_the_phone_is_over_its_rate() -> None:
    site, port = make_site()
    for n in range(10):
        site.respond(
            post(f"/r/{ROOM}/api/note", note_json(f"r{n}", f"n{n}"), kind="application/json")
        )
    again = site.respond(
        post(f"/r/{ROOM}/api/note", note_json("r3", "n3"), kind="application/json")
    )
    assert again.status == 200 and json.loads(again.body)["id"] == "r3"
    fresh = site.respond(
        post(f"/r/{ROOM}/api/note", note_json("r10", "n10"), kind="application/json")
    )
    assert fresh.status == 429
    assert len(port.room.state.wall.notes) == 10
