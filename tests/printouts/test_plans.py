"""The printouts' plans, pure: what each one puts on paper, for the bundled sessions."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import Checklist, Library, Session, Step
from facilitator.paths import agendas_dir
from facilitator.printouts.blocks import (
    Card,
    Document,
    Fields,
    Figures,
    GroupGrid,
    Heading,
    NoteList,
    Phase,
    Plain,
    PlanEntry,
    Text,
    Ticks,
)
from facilitator.printouts.checklists import checklists_plan, materials_to_prepare
from facilitator.printouts.groups import groups_plan
from facilitator.printouts.handouts import (
    cards_plan,
    group_copies,
    handout_plan,
    participant_handouts_plan,
)
from facilitator.printouts.run_room import RunRoom
from facilitator.printouts.sections import (
    Kind,
    advice_plan,
    case_study_plan,
    guide_plan,
    kind_of,
)
from facilitator.printouts.session_plan import session_plan
from facilitator.printouts.templates import call_to_action_plan, split_last_heading
from facilitator.printouts.wall import wall_plan
from facilitator.room.room import Room
from tests.printouts.rooms import CARDS, SCENARIOS, WALL, filled_state, session_1, session_2


@pytest.fixture(scope="module")
def one() -> Agenda:
    return session_1()


@pytest.fixture(scope="module")
def two() -> Agenda:
    return session_2()


def _blocks(plan_pages: object, kind: type) -> list:  # type: ignore[type-arg]
    return [b for page in plan_pages for b in page.blocks if isinstance(b, kind)]  # type: ignore[attr-defined]


# --- hand-outs and cards ----------------------------------------------------------------


def test_hand_outs_without_groups_are_one_copy_as_participants_get_it(two: Agenda) -> None:
    plan = participant_handouts_plan(two)
    assert [p.layout for p in plan.pages] == ["flow", "cards", "cards"]
    assert plan.pages[0].blocks[0] == Heading("Hand-out 2: Scenariokaarten voor op de werkplek")
    # The hand-out as the old command prints it, without the call to action.
    assert plan.pages == handout_plan(two).pages[:3]


def test_hand_outs_with_dealt_cards_are_one_copy_per_group_with_its_own_cards(
    two: Agenda,
) -> None:
    state = filled_state()
    assert state.grouping is not None
    groups = state.grouping.groups
    plan = participant_handouts_plan(two, state)
    covers = [p for p in plan.pages if p.layout == "flow"]
    assert len(covers) == len(groups) == 3
    titles = {f.id: f.title for f in two.handout("hand-out-2").cards}  # type: ignore[union-attr]
    deal = state.grouping.deals[0]
    for group, cover in zip(sorted(groups, key=lambda g: g.number), covers, strict=True):
        heading = cover.blocks[0]
        assert isinstance(heading, Heading)
        assert heading.subtitle.startswith(f"Groep {group.number} · ")
        assert "jullie materiaal: Kaart" in heading.subtitle
        assert cover.footer.endswith(f"· Groep {group.number}")
        names = cover.blocks[1]
        assert isinstance(names, Plain) and names.text.count(", ") == len(group.members) - 1
        # The group's cards follow its cover, and only those.
        index = plan.pages.index(cover)
        cards = [c.title for c in plan.pages[index + 1].cards]
        assert cards == [titles[i] for i in deal.of(group.number)]
    assert sum(len(p.cards) for p in plan.pages) == 2 * len(groups)


def test_groups_made_for_a_step_that_uses_a_hand_out_get_a_copy_each_without_a_deal(
    one: Agenda,
) -> None:
    room = Room("nl")
    room.set_people(9, 1)
    room.make_groups("groepsactiviteit-documenten-analyseren", 2, count=3, seed=1)
    handout = one.handout("hand-out-1")
    assert handout is not None
    copies = group_copies(one, handout, room.state)
    assert [c.title for c in copies] == ["Groep 1", "Groep 2", "Groep 3"]
    assert all(c.fragments is None and c.names == () for c in copies)  # counted, not named
    plan = participant_handouts_plan(one, room.state)
    assert len(plan.pages) == 6  # cover and documents, three times
    # Pairs made for another step (which does not use the hand-out): one copy.
    room.make_groups("tweetallen-genderbewuste-leerplannen", 3, count=4, seed=2)
    assert group_copies(one, handout, room.state) == []


def test_cards_are_the_hand_outs_cards_two_to_a_sheet(one: Agenda, two: Agenda) -> None:
    plan = cards_plan(two)
    assert [len(p.cards) for p in plan.pages] == [2, 2]
    assert all(isinstance(c, Card) and p.layout == "cards" for p in plan.pages for c in p.cards)
    assert plan.pages[0].cut_label == "knip langs de stippellijn"
    assert cards_plan(one).empty


# --- reference sections -----------------------------------------------------------------


def test_the_case_study_is_printed_once_with_its_figures(one: Agenda) -> None:
    plan = case_study_plan(one)
    (page,) = plan.pages  # "Resultaten en impact" repeats the figures: left out
    assert page.blocks[0] == Heading(
        'Casestudy "Komm, mach MINT"',
        "Nationaal pact voor vrouwen in STEM-vakgebieden in Duitsland",
    )
    (figures,) = _blocks(plan.pages, Figures)
    assert len(figures.items) == 6 and figures.items[0].value == "300+"
    assert "Te leren lessen" in page.text and "Voor de trainer" not in page.footer


def test_advice_and_guide_are_trainer_sheets(one: Agenda) -> None:
    advice, guide = advice_plan(one), guide_plan(one)
    assert [p.blocks[0].title for p in advice.pages] == ["Didactisch advies"]  # type: ignore[union-attr]
    assert [p.blocks[0].title for p in guide.pages] == ["Hoe te begeleiden"]  # type: ignore[union-attr]
    assert advice.pages[0].footer == "Didactisch advies · Voor de trainer"
    assert "Stap 6: Afsluiting en commitment" in guide.pages[0].text


def test_section_kinds_are_read_from_the_category_in_either_language() -> None:
    english = load_agenda(
        agendas_dir() / "steam-coach-en" / "session-1-outreach-and-curricula.yaml"
    )
    kinds = {s.id: kind_of(s) for s in english.sections}
    assert kinds == {
        "didactisch-advies": Kind.ADVICE,
        "hoe-te-begeleiden": Kind.GUIDE,
        "casestudy-komm-mach-mint": Kind.CASE_STUDY,
        "casestudy-resultaten": Kind.CASE_STUDY,
        "oproep-tot-actie": Kind.CALL_TO_ACTION,
        "motiverend-materiaal": Kind.OTHER,
    }
    assert advice_plan(english).pages[0].footer.endswith("· For the trainer")


def test_the_call_to_action_leaves_the_trainers_parts_out(one: Agenda) -> None:
    # Session 1 does not project it, and prints it all the same.
    plan = call_to_action_plan(one)
    text = "\n".join(p.text for p in plan.pages)
    for trainers in ("Gebruiksaanwijzing", "Hoe te gebruiken", "Suggesties voor follow-up"):
        assert trainers not in text
    assert "Onderdelen" in text and "Naam" in text
    first, *phase_pages = plan.pages
    assert isinstance(first.blocks[1], Fields)
    assert not any(isinstance(b, Phase) for b in first.blocks)
    # The introduction's last heading names the phases: it goes with them.
    assert phase_pages[0].blocks[0] == Heading(
        "Sjabloon voor individuele reflectie en actieplanning"
    )
    phases = _blocks(phase_pages, Phase)
    assert [p.title for p in phases] == ["Doel", "Documentatie", "Analyse", "Evaluatie", "Plan"]
    assert [sum(isinstance(b, Phase) for b in p.blocks) for p in phase_pages] == [2, 2, 1]


def test_split_last_heading() -> None:
    assert split_last_heading("Tekst\n\n## Fasen\n") == ("Tekst", "Fasen")
    assert split_last_heading("## Kop\n\nTekst\n") == ("## Kop\n\nTekst", "")
    assert split_last_heading("") == ("", "")


# --- checklists and the session plan -----------------------------------------------


def test_checklists_have_every_list_and_the_materials_once(one: Agenda) -> None:
    plan = checklists_plan(one)
    ticks = _blocks(plan.pages, Ticks)
    assert [t.title for t in ticks] == [
        "Before training",
        "During training",
        "After training",
        "Klaarleggen",
    ]
    materials = materials_to_prepare(one)
    assert ticks[-1].items == tuple(materials)
    assert materials.count("Flip-over en stiften") == 1  # steps 4 and 5 both need it
    assert materials[0] == "Hand-out 1: Onderwijskundige documenten voor analyse"


def test_no_checklists_and_no_materials_is_an_empty_plan(one: Agenda) -> None:
    bare = Agenda(
        one.path,
        Session(format=1, title="Kaal", duration=5, steps=[Step(id="a", title="A", minutes=5)]),
    )
    assert checklists_plan(bare).empty
    listed = Agenda(
        one.path,
        bare.session,
        (
            Library(
                format=1,
                kind="library",
                title="L",
                checklists=[Checklist(id="c", title="C", items=["x"])],
            ),
        ),
    )
    assert [t.title for t in _blocks(checklists_plan(listed).pages, Ticks)] == ["C"]


def test_the_session_plan_has_clock_times_from_the_chosen_start(one: Agenda) -> None:
    plan = session_plan(one, time(9, 30))
    (page,) = plan.pages
    entries = _blocks(plan.pages, PlanEntry)
    assert [(e.start, e.end, e.minutes) for e in entries] == [
        ("09:30", "09:40", "10 min"),
        ("09:40", "09:55", "15 min"),
        ("09:55", "10:20", "25 min"),
        ("10:20", "10:35", "15 min"),
        ("10:35", "10:50", "15 min"),
        ("10:50", "11:00", "10 min"),
    ]
    heading = page.blocks[0]
    assert isinstance(heading, Heading)
    assert heading.subtitle == "Sessieplan · 6 stappen · 90 min · 09:30–11:00"
    assert entries[0].markdown.startswith("- Introduceer het doel van de workshop")
    third = entries[2]
    assert third.details == (
        "Materialen: Hand-out 1: Onderwijskundige documenten voor analyse (één per groep); "
        "Extra documenten uit de eigen context, vooraf onderzocht en voorbereid (als de tijd "
        "het toelaat)",
        "Groepen van 3-5",
        "Elke groep krijgt alle documenten van Hand-out 1: Onderwijskundige documenten voor "
        "analyse",
    )
    assert entries[3].details[-2:] == ("In dezelfde groepen", "Elke groep krijgt een beurt")
    assert entries[4].details[-1] == "In tweetallen"
    assert page.footer == "Sessieplan · Voor de trainer"
    assert "Doelstellingen" in page.text and "Pc en projector" in page.text


def test_the_session_plan_keeps_the_trainers_parts_of_projected_sections(two: Agenda) -> None:
    entries = _blocks(session_plan(two).pages, PlanEntry)
    assert entries[0].start == "09:00" and entries[-1].end == "10:30"
    (part,) = entries[-1].trainer  # the last step projects the call to action
    assert part.label == "Voor de trainer: Oproep tot actie"
    assert part.markdown.startswith("## Gebruiksaanwijzing")
    assert "## Suggesties voor follow-up" in part.markdown and "Onderdelen" not in part.markdown
    assert entries[3].details[-1] == "Elke groep krijgt een beurt"
    assert entries[4].details[-1] == "Elke groep krijgt een beurt van ongeveer 2 min"
    assert (
        entries[2].details[-1]
        == "Elke groep krijgt 2 kaarten van Hand-out 2: Scenariokaarten voor op de werkplek"
    )


def test_a_step_of_odd_minutes_and_one_card_a_group(two: Agenda) -> None:
    steps = list(two.steps)
    steps[2] = steps[2].model_copy(
        update={"minutes": 7.5, "deal": steps[2].deal.model_copy(update={"cards": 1})}  # type: ignore[union-attr]
    )
    session = two.session.model_copy(update={"steps": steps, "duration": 72.5})
    entries = _blocks(session_plan(replace(two, session=session)).pages, PlanEntry)
    assert (entries[2].start, entries[2].end, entries[2].minutes) == ("09:25", "09:32", "7.5 min")
    assert entries[3].start == "09:32"
    assert entries[2].details[-1].startswith("Elke groep krijgt 1 kaart van")


# --- from a run: groups and the wall -----------------------------------------------------


def test_groups_with_their_members_and_cards(two: Agenda) -> None:
    run = RunRoom("run-1", filled_state(), WALL)
    plan = groups_plan(two, run)
    (page,) = plan.pages
    heading = page.blocks[0]
    assert heading == Heading(
        "Groepen", "Groepsactiviteit: scenario's op de werkplek · 3 december 2026"
    )
    (grid,) = _blocks(plan.pages, GroupGrid)
    assert [g.title for g in grid.groups] == [
        "Groep 1 · 4 personen",
        "Groep 2 · 4 personen",
        "Groep 3 · 5 personen",
    ]
    assert sum(len(g.names) for g in grid.groups) == 13
    assert all(g.given == "Gekregen" and len(g.material) == 2 for g in grid.groups)
    assert grid.groups[0].material[0] == "Kaart A – Beslissing over promotie"


def test_no_groups_is_an_empty_plan(two: Agenda) -> None:
    room = Room("nl")
    room.set_people(4, 1)
    assert groups_plan(two, RunRoom("r", room.state)).empty
    room.make_groups(SCENARIOS, 2, count=2, seed=1)
    # Counted people: the groups without names, and a heading without a date.
    (page,) = groups_plan(two, RunRoom("r", room.state)).pages
    assert page.blocks[0] == Heading("Groepen", "Groepsactiviteit: scenario's op de werkplek")
    (grid,) = _blocks((page,), GroupGrid)
    assert [g.names for g in grid.groups] == [(), ()] and grid.groups[0].material == ()
    assert CARDS  # (the deal of the filled room is tested above)


def test_the_wall_prints_what_the_room_saw_by_theme_then_commitments(two: Agenda) -> None:
    plan = wall_plan(two, RunRoom("run-1", filled_state(), WALL))
    (page,) = plan.pages
    assert page.blocks[0] == Heading(
        "Wat de zaal zei",
        "Strategieën identificeren voor meer diversiteit en gelijkheid op de werkplek "
        "· 3 december 2026",
    )
    lists = _blocks(plan.pages, NoteList)
    assert [(n.heading, n.notes) for n in lists] == [
        (
            "Vooroordelen",
            (
                "Aannames over wie de zorgtaken thuis heeft",
                "Ideeën van vrouwen worden overgenomen door mannen",
            ),
        ),
        (
            "Structuur",
            (
                "Vergaderen met een <b>spreekrondje</b> & een timer",
                "Wie zit er aan tafel bij promoties?",
            ),
        ),
        ("Overige", ("Leeftijd telt mee, ook al zegt niemand het",)),
        (
            "Toezeggingen",
            (
                "Ik zal bij elke vacature de tekst laten nalezen.",
                "Ik zal iedereen het woord geven.",
            ),
        ),
    ]
    assert "niet voor op papier" not in page.text and "Nog niet vrijgegeven" not in page.text
    assert page.footer == "Wat de zaal zei"


def test_a_wall_without_themes_has_no_heading_over_its_notes(two: Agenda) -> None:
    room = Room("nl")
    room.add_note("Eerste", 1)
    room.add_note("Tweede", 2)
    lists = _blocks(wall_plan(two, RunRoom("r", room.state)).pages, NoteList)
    assert [(n.heading, n.notes) for n in lists] == [("", ("Eerste", "Tweede"))]
    room.hide_note(1, 3)
    room.hide_note(2, 4)
    assert wall_plan(two, RunRoom("r", room.state)).empty


def test_documents_are_kept_whole_in_the_plans(one: Agenda) -> None:
    plan = participant_handouts_plan(one)
    documents = _blocks(plan.pages, Document)
    assert [d.title[:10] for d in documents] == ["Document A", "Document B", "Document C"]
    assert isinstance(plan.pages[0].blocks[1], Text)
