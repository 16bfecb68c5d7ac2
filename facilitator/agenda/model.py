"""The agenda format, version 1, as typed models.

These models are the single definition of the format: the loader validates
files against them and the JSON Schema in ``schema.json`` is generated from
them (``python -m facilitator.agenda.schema``). Two kinds of file exist:

* a *session* file: metadata, hand-outs and the steps of one session;
* a *library* file (``kind: library``): texts shared by several sessions
  (checklists, reference sections, references), named in a session's
  ``library`` list.

All models are frozen and forbid unknown keys, so a typo is an error.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    Tag,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from facilitator.agenda.audience import room_text
from facilitator.agenda.groupsize import MAX_GROUP_SIZE, Groups, GroupSizeError, parse_groups

Minutes = Annotated[float, Field(gt=0, le=24 * 60, description="A duration in minutes.")]
Identifier = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        max_length=64,
        description="Lower-case letters, digits and hyphens, e.g. 'kaart-a'.",
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
Markdown = Annotated[str, Field(max_length=50_000, description="Text in Markdown.")]
# A reference to a hand-out fragment: "<hand-out id>/<fragment id>".
FragmentRef = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$",
        description="'<hand-out id>/<document or card id>', e.g. 'hand-out-2/kaart-a'.",
    ),
]


class _Strict(BaseModel):
    # defer_build: a model's validator is built when it first validates, not when the
    # class is made, so an agenda from the cache (agenda/cache.py) costs no build at all.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# The agenda's ``timing:`` block; the engine turns it into a step's Thresholds (ns).
class Timing(_Strict):
    """When the countdown turns to warning and danger, in minutes remaining."""

    warning: Minutes | None = Field(
        None, description="Minutes left when the timer turns to warning (default: 20% of the step)."
    )
    danger: Minutes | None = Field(
        None, description="Minutes left when the timer turns to danger (default: 10% of the step)."
    )


# --- what can be projected -------------------------------------------------


class TitleItem(_Strict):
    """A large title, optionally with a smaller line under it."""

    title: Text
    subtitle: str | None = None


class QuestionItem(_Strict):
    """One question, shown alone."""

    question: Text


class QuestionsItem(_Strict):
    """Several questions shown together, with an optional heading."""

    questions: Annotated[list[Text], Field(min_length=1)]
    heading: str | None = None


class DocumentItem(_Strict):
    """One document of a hand-out."""

    document: FragmentRef


class CardItem(_Strict):
    """One scenario card of a hand-out."""

    card: FragmentRef


class CardsItem(_Strict):
    """Two (or more) cards side by side, as handed to one group."""

    cards: Annotated[list[FragmentRef], Field(min_length=1, max_length=4)]


class HandoutItem(_Strict):
    """A hand-out's instructions, note and guiding questions."""

    handout: Identifier


class PromptItem(_Strict):
    """A sentence to complete, such as 'Ik zal...', with optional examples."""

    prompt: Text
    examples: list[Text] = []


class SectionItem(_Strict):
    """A reference section (case study, template ...) from the session or its library."""

    section: Identifier


class TextItem(_Strict):
    """Free Markdown text with an optional heading."""

    text: Text
    heading: str | None = None


_ITEM_KEYS = (
    "title",
    "question",
    "questions",
    "document",
    "card",
    "cards",
    "handout",
    "prompt",
    "section",
    "text",
)


def _item_tag(value: Any) -> str | None:
    """Tell the kind of a projected item by the key that names it."""
    if isinstance(value, BaseModel):
        for key in _ITEM_KEYS:
            if key in type(value).model_fields:
                return key
        return None
    if isinstance(value, dict):
        for key in _ITEM_KEYS:
            if key in value:
                return key
    return None


ProjectItem = Annotated[
    Annotated[TitleItem, Tag("title")]
    | Annotated[QuestionItem, Tag("question")]
    | Annotated[QuestionsItem, Tag("questions")]
    | Annotated[DocumentItem, Tag("document")]
    | Annotated[CardItem, Tag("card")]
    | Annotated[CardsItem, Tag("cards")]
    | Annotated[HandoutItem, Tag("handout")]
    | Annotated[PromptItem, Tag("prompt")]
    | Annotated[SectionItem, Tag("section")]
    | Annotated[TextItem, Tag("text")],
    Discriminator(
        _item_tag,
        custom_error_type="unknown_item",
        custom_error_message=("a projected item starts with one of: " + ", ".join(_ITEM_KEYS)),
    ),
]


# --- hand-outs and reference texts ----------------------------------------


class Fragment(_Strict):
    """A document or scenario card of a hand-out."""

    id: Identifier
    title: Text
    text: Markdown


class Handout(_Strict):
    """A hand-out given to groups: instructions, guiding questions, documents or cards."""

    id: Identifier
    title: Text
    instructions: Markdown = ""
    note: Markdown | None = None
    questions: list[Text] = []
    documents: list[Fragment] = []
    cards: list[Fragment] = []


class Figure(_Strict):
    """A key figure for an infographic: a value and what it counts."""

    value: Annotated[str, Field(min_length=1, max_length=20)]
    label: Text


class Phase(_Strict):
    """A phase of a template: its name, what to do, and an example."""

    title: Text
    text: Markdown
    example: Markdown | None = None


class Section(_Strict):
    """A reference text: body, then optional figures or phases, then a closing text."""

    id: Identifier
    title: Text
    category: str | None = Field(
        None, description="Group in the trainer's reference panel, e.g. 'Didactisch advies'."
    )
    subtitle: str | None = None
    body: Markdown = ""
    figures: list[Figure] = []
    phases: list[Phase] = []
    closing: Markdown = ""
    trainer_only: list[Text] = Field(
        default_factory=list,
        description=(
            "Headings of the parts of body and closing that are the trainer's own "
            "instructions: the projector leaves them out, the reference panel shows them."
        ),
    )

    @property
    def room_body(self) -> str:
        """The body as the room sees it: without the trainer-only parts."""
        return room_text(self.body, self.trainer_only)

    @property
    def room_closing(self) -> str:
        """The closing text as the room sees it: without the trainer-only parts."""
        return room_text(self.closing, self.trainer_only)


class Checklist(_Strict):
    """A list of things to do before, during or after a training."""

    id: Identifier
    title: Text
    items: Annotated[list[Text], Field(min_length=1)]


class Reference(_Strict):
    """A source: its citation and, where there is one, its address."""

    text: Text
    url: str | None = None


# --- the room: groups, dealt material, turns ------------------------------------


def _groups(value: Any) -> Groups:
    try:
        return parse_groups(value)
    except GroupSizeError as exc:
        raise PydanticCustomError("group_size", "{reason}", {"reason": str(exc)}) from None


GroupsField = Annotated[
    Groups,
    PlainValidator(_groups),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "description": (
                "How the room is grouped for this step: a size range ('3-5'), 'pairs', a "
                "fixed size (4), or 'same' for the groups made in an earlier step."
            ),
            "anyOf": [
                {"type": "integer", "minimum": 2, "maximum": MAX_GROUP_SIZE},
                {"type": "string", "pattern": r"^\s*\d+\s*(-|–|—|to)\s*\d+\s*$"},
                {"type": "string", "pattern": r"^\s*\d+\s*$"},
                {"enum": ["pairs", "same"]},
            ],
        }
    ),
]

#: The most cards or documents one group can be given from one hand-out.
MAX_PER_GROUP = 20


def _per_group(value: Any) -> int | Literal["all"]:
    if isinstance(value, str) and value.strip().lower() == "all":
        return "all"
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_PER_GROUP:
        return value
    raise PydanticCustomError(
        "per_group",
        "must be how many each group gets, a whole number from 1 to {most}, or 'all' "
        "(every one to every group)",
        {"most": MAX_PER_GROUP},
    )


PerGroup = Annotated[
    int | Literal["all"],
    PlainValidator(_per_group),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": MAX_PER_GROUP},
                {"const": "all"},
            ]
        }
    ),
]


class Deal(_Strict):
    """What every group is given from one hand-out: some of its cards, its documents."""

    handout: Identifier = Field(description="The hand-out dealt from, e.g. 'hand-out-2'.")
    cards: PerGroup | None = Field(
        None,
        description=(
            "Cards per group (e.g. 2), spread so that every card is used and none more than "
            "once more than another; or 'all'."
        ),
    )
    documents: PerGroup | None = Field(
        None, description="Documents per group, spread the same way; or 'all' (every group)."
    )

    @model_validator(mode="after")
    def _something_dealt(self) -> Deal:
        if self.cards is None and self.documents is None:
            raise PydanticCustomError(
                "deal_nothing",
                "say what each group gets: 'cards: 2' (two cards per group) or "
                "'documents: all' (every document to every group)",
            )
        return self


class Turns(_Strict):
    """Every group has a turn in this step (to present, report back, play a scene)."""

    minutes: Minutes | None = Field(
        None,
        description=(
            "About how long each group's turn is; without it the step's remaining time "
            "is shared out when the turns start."
        ),
    )
    order: Literal["groups", "shuffled"] = Field(
        "groups", description="Turns in group order (Group 1 first) or in a shuffled order."
    )


def _turns_shorthand(value: Any) -> Any:
    """``turns: yes`` is every group a turn with the time shared; ``turns: no`` is none."""
    if value is True:
        return {}
    if value is False or value is None:
        return None
    if isinstance(value, dict):
        return value
    raise PydanticCustomError(
        "turns",
        "write 'turns: yes' (every group a turn, the step's time shared out) or 'turns:' "
        "with 'minutes: 2' under it (about 2 minutes per group)",
    )


class _TurnsSchema:
    """The schema says that ``yes``/``no`` may stand for the turns' fields."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "boolean"}, handler(core_schema)]}


TurnsField = Annotated[Turns | None, BeforeValidator(_turns_shorthand), _TurnsSchema()]


class Step(_Strict):
    """One step of a session, with its own countdown."""

    id: Identifier
    title: Text
    minutes: Minutes
    min_minutes: Minutes | None = Field(
        None, description="The least this step may be shortened to when catching up."
    )
    instructions: Markdown = ""
    materials: list[Text] = []
    timing: Timing | None = None
    project: list[ProjectItem] = Field(
        default_factory=list, description="What may be shown on the projector, in order."
    )
    groups: GroupsField | None = None
    deal: Deal | None = Field(
        None, description="What each group is given from a hand-out: cards or documents."
    )
    turns: TurnsField = Field(
        None, description="Every group has a turn: 'yes', or the minutes per group."
    )


class ProjectorOptions(_Strict):
    """How the projector looks for this session; every choice can be changed live."""

    timer: Literal["digits", "corner", "hidden", "disc"] = Field(
        "digits",
        description=(
            "The countdown on the projector: large digits, small in a corner, hidden, "
            "or a disc whose coloured sector shrinks as time runs out."
        ),
    )
    theme: Literal["dark", "light", "high-contrast"] = Field(
        "dark", description="The projector's colours."
    )
    flash: bool = Field(
        False, description="Flash the whole screen briefly when a step's time is up."
    )


class Session(_Strict):
    """A session file: metadata, hand-outs and steps of one session."""

    format: Literal[1] = Field(description="The version of the agenda format.")
    kind: Literal["session"] = "session"
    title: Text
    subtitle: str | None = None
    short_title: Annotated[str, Field(min_length=1, max_length=80)] | None = Field(
        None,
        description=(
            "How lists such as the start window name the session, e.g. "
            "'Sessie 1 · Genderbewuste outreach en curricula' (default: the title)."
        ),
    )
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "nl"
    duration: Minutes = Field(description="Planned length in minutes; must equal the steps' sum.")
    focus: list[Text] = []
    objectives: list[Text] = []
    audience: list[Text] = []
    materials: list[Text] = []
    timing: Timing | None = None
    projector: ProjectorOptions | None = Field(
        None, description="Timer style, theme and end-of-step flash on the projector."
    )
    library: list[str] = Field(
        default_factory=list, description="Library files beside this one whose texts it uses."
    )
    handouts: list[Handout] = []
    sections: list[Section] = []
    steps: Annotated[list[Step], Field(min_length=1)]


class Library(_Strict):
    """A library file: texts shared by sessions (checklists, sections, references)."""

    format: Literal[1]
    kind: Literal["library"]
    title: Text
    description: Markdown = ""
    checklists: list[Checklist] = []
    sections: list[Section] = []
    references: list[Reference] = []


# Each model answers isinstance for its plain form's class too (agenda/plain.py), so
# that a reader's test of an item's kind holds for an agenda from the cache and for
# one just checked alike.
def _register_plain_forms() -> None:
    from facilitator.agenda import plain

    for name, form in plain.FORMS.items():
        form.register(globals()[name])


_register_plain_forms()
