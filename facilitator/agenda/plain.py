"""The agenda's plain form: the checked models' data without pydantic (pure).

:mod:`facilitator.agenda.model` defines and checks the format; importing
pydantic and making its models costs about a fifth of the app's start
(issue 14). An agenda that was already checked needs none of that: the cache
of checked agendas (:mod:`facilitator.agenda.cache`) keeps it in this form,
one small frozen class per model with the same name and the same attributes,
so the first paint loads no pydantic at all.

The readers need not tell the forms apart: each class here also answers
``isinstance`` for the model of its name (the models register themselves
with it), compares equal to it field by field, and gives ``model_dump``,
``model_copy`` and ``model_fields_set`` as the model does. Readers that test
an item's kind import the class from here, so that the test holds for both
forms. For the type checker the names here *are* the models.
"""

from __future__ import annotations

from abc import ABCMeta
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from facilitator.agenda.audience import room_text

if TYPE_CHECKING:
    # One type for both forms: what mypy checks is the model's definition.
    from facilitator.agenda.model import (
        CardItem as CardItem,
    )
    from facilitator.agenda.model import (
        CardsItem as CardsItem,
    )
    from facilitator.agenda.model import (
        Checklist as Checklist,
    )
    from facilitator.agenda.model import (
        Deal as Deal,
    )
    from facilitator.agenda.model import (
        DocumentItem as DocumentItem,
    )
    from facilitator.agenda.model import (
        Figure as Figure,
    )
    from facilitator.agenda.model import (
        Fragment as Fragment,
    )
    from facilitator.agenda.model import (
        Handout as Handout,
    )
    from facilitator.agenda.model import (
        HandoutItem as HandoutItem,
    )
    from facilitator.agenda.model import (
        Library as Library,
    )
    from facilitator.agenda.model import (
        Phase as Phase,
    )
    from facilitator.agenda.model import (
        ProjectItem as ProjectItem,
    )
    from facilitator.agenda.model import (
        ProjectorOptions as ProjectorOptions,
    )
    from facilitator.agenda.model import (
        PromptItem as PromptItem,
    )
    from facilitator.agenda.model import (
        QuestionItem as QuestionItem,
    )
    from facilitator.agenda.model import (
        QuestionsItem as QuestionsItem,
    )
    from facilitator.agenda.model import (
        Reference as Reference,
    )
    from facilitator.agenda.model import (
        Section as Section,
    )
    from facilitator.agenda.model import (
        SectionItem as SectionItem,
    )
    from facilitator.agenda.model import (
        Session as Session,
    )
    from facilitator.agenda.model import (
        Step as Step,
    )
    from facilitator.agenda.model import (
        TextItem as TextItem,
    )
    from facilitator.agenda.model import (
        Timing as Timing,
    )
    from facilitator.agenda.model import (
        TitleItem as TitleItem,
    )
    from facilitator.agenda.model import (
        Turns as Turns,
    )


#: Every plain form by the name of its model.
FORMS: dict[str, type[Form]] = {}


class _FormKind(ABCMeta):
    """Makes a plain form's class from its fields: slots, defaults, the empty lists."""

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        fields: tuple[str, ...] = (),
        defaults: Mapping[str, object] | None = None,
        lists: tuple[str, ...] = (),
    ) -> _FormKind:
        if bases:  # a form, not the base
            namespace.update(
                __slots__=fields, _fields=fields, _defaults=dict(defaults or {}), _lists=lists
            )
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            FORMS[name] = cast("type[Form]", cls)
        return cls


class Form(metaclass=_FormKind):
    """One checked model's data: frozen, slotted, with the model's attribute names.

    A subclass names its fields in the model's order (``fields=``), the
    defaults of those that have one (``defaults=``) and the fields whose default
    is an empty list (``lists=``).
    """

    __slots__ = ("model_fields_set",)
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, object]] = {}
    _lists: ClassVar[tuple[str, ...]] = ()
    model_fields_set: frozenset[str]

    def __init__(self, **values: Any) -> None:
        given = frozenset(values)
        for name in self._fields:
            if name in values:
                value = values.pop(name)
            elif name in self._lists:
                value = []
            elif name in self._defaults:
                value = self._defaults[name]
            else:
                raise TypeError(f"{type(self).__name__}: {name} is required")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(values)}")
        object.__setattr__(self, "model_fields_set", given)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        # The model of the same name counts as the same kind (it is registered here).
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[object, ...]:
        # One call per object when unpickled, its values in order.
        return (_restore, (type(self), self._values(), self.model_fields_set))

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A copy with some fields changed, as the model's ``model_copy`` (not checked)."""
        copy = _restore(type(self), self._values(), self.model_fields_set | set(update or ()))
        for name, value in (update or {}).items():
            object.__setattr__(copy, name, value)
        return copy

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The model's ``model_dump`` of these values (loads the models)."""
        dumped = to_model(self).model_dump(**options)
        assert isinstance(dumped, dict)
        return dumped


def _restore(cls: type[Form], values: tuple[object, ...], fields_set: frozenset[str]) -> Form:
    form = cls.__new__(cls)
    for name, value in zip(cls._fields, values, strict=True):
        object.__setattr__(form, name, value)
    object.__setattr__(form, "model_fields_set", frozenset(fields_set))
    return form


def plain(value: Any) -> Any:
    """``value`` with every checked model in it replaced by its plain form."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, Form) and type(value) in FORMS.values():
        return value
    cls = FORMS.get(type(value).__name__) if hasattr(value, "model_fields_set") else None
    if cls is None:
        return value
    values = tuple(plain(getattr(value, name)) for name in cls._fields)
    return _restore(cls, values, frozenset(value.model_fields_set))


def to_model(value: Any) -> Any:
    """``value`` with every plain form in it made the model again (not checked again)."""
    if isinstance(value, list):
        return [to_model(item) for item in value]
    if isinstance(value, tuple):
        return tuple(to_model(item) for item in value)
    if type(value) not in FORMS.values():
        return value
    from facilitator.agenda import model  # the models: only when a model is asked for

    cls = getattr(model, type(value).__name__)
    fields = {name: to_model(getattr(value, name)) for name in value._fields}
    return cls.model_construct(_fields_set=set(value.model_fields_set), **fields)


if not TYPE_CHECKING:

    class Timing(Form, fields=("warning", "danger"), defaults={"warning": None, "danger": None}):
        """When the countdown turns to warning and danger, in minutes remaining."""

    class TitleItem(Form, fields=("title", "subtitle"), defaults={"subtitle": None}):
        """A large title, optionally with a smaller line under it."""

    class QuestionItem(Form, fields=("question",)):
        """One question, shown alone."""

    class QuestionsItem(Form, fields=("questions", "heading"), defaults={"heading": None}):
        """Several questions shown together, with an optional heading."""

    class DocumentItem(Form, fields=("document",)):
        """One document of a hand-out."""

    class CardItem(Form, fields=("card",)):
        """One scenario card of a hand-out."""

    class CardsItem(Form, fields=("cards",)):
        """Two (or more) cards side by side, as handed to one group."""

    class HandoutItem(Form, fields=("handout",)):
        """A hand-out's instructions, note and guiding questions."""

    class PromptItem(Form, fields=("prompt", "examples"), lists=("examples",)):
        """A sentence to complete, such as 'Ik zal...', with optional examples."""

    class SectionItem(Form, fields=("section",)):
        """A reference section from the session or its library."""

    class TextItem(Form, fields=("text", "heading"), defaults={"heading": None}):
        """Free Markdown text with an optional heading."""

    class Fragment(Form, fields=("id", "title", "text")):
        """A document or scenario card of a hand-out."""

    class Handout(
        Form,
        fields=("id", "title", "instructions", "note", "questions", "documents", "cards"),
        defaults={"instructions": "", "note": None},
        lists=("questions", "documents", "cards"),
    ):
        """A hand-out given to groups: instructions, guiding questions, documents or cards."""

    class Figure(Form, fields=("value", "label")):
        """A key figure for an infographic: a value and what it counts."""

    class Phase(Form, fields=("title", "text", "example"), defaults={"example": None}):
        """A phase of a template: its name, what to do, and an example."""

    class Section(
        Form,
        fields=(
            "id",
            "title",
            "category",
            "subtitle",
            "body",
            "figures",
            "phases",
            "closing",
            "trainer_only",
        ),
        defaults={"category": None, "subtitle": None, "body": "", "closing": ""},
        lists=("figures", "phases", "trainer_only"),
    ):
        """A reference text: body, then optional figures or phases, then a closing text."""

        @property
        def room_body(self) -> str:
            """The body as the room sees it: without the trainer-only parts."""
            return room_text(self.body, self.trainer_only)

        @property
        def room_closing(self) -> str:
            """The closing text as the room sees it: without the trainer-only parts."""
            return room_text(self.closing, self.trainer_only)

    class Checklist(Form, fields=("id", "title", "items")):
        """A list of things to do before, during or after a training."""

    class Reference(Form, fields=("text", "url"), defaults={"url": None}):
        """A source: its citation and, where there is one, its address."""

    class Deal(
        Form, fields=("handout", "cards", "documents"), defaults={"cards": None, "documents": None}
    ):
        """What every group is given from one hand-out: some of its cards, its documents."""

    class Turns(Form, fields=("minutes", "order"), defaults={"minutes": None, "order": "groups"}):
        """Every group has a turn in this step."""

    class Step(
        Form,
        fields=(
            "id",
            "title",
            "minutes",
            "min_minutes",
            "instructions",
            "materials",
            "timing",
            "project",
            "groups",
            "deal",
            "turns",
        ),
        defaults={
            "min_minutes": None,
            "instructions": "",
            "timing": None,
            "groups": None,
            "deal": None,
            "turns": None,
        },
        lists=("materials", "project"),
    ):
        """One step of a session, with its own countdown."""

    class ProjectorOptions(
        Form,
        fields=("timer", "theme", "flash"),
        defaults={"timer": "digits", "theme": "dark", "flash": False},
    ):
        """How the projector looks for this session; every choice can be changed live."""

    class Session(
        Form,
        fields=(
            "format",
            "kind",
            "title",
            "subtitle",
            "short_title",
            "language",
            "duration",
            "focus",
            "objectives",
            "audience",
            "materials",
            "timing",
            "projector",
            "library",
            "handouts",
            "sections",
            "steps",
        ),
        defaults={
            "kind": "session",
            "subtitle": None,
            "short_title": None,
            "language": "nl",
            "timing": None,
            "projector": None,
        },
        lists=("focus", "objectives", "audience", "materials", "library", "handouts", "sections"),
    ):
        """A session file: metadata, hand-outs and steps of one session."""

    class Library(
        Form,
        fields=("format", "kind", "title", "description", "checklists", "sections", "references"),
        defaults={"description": ""},
        lists=("checklists", "sections", "references"),
    ):
        """A library file: texts shared by sessions (checklists, sections, references)."""

    ProjectItem = (
        TitleItem
        | QuestionItem
        | QuestionsItem
        | DocumentItem
        | CardItem
        | CardsItem
        | HandoutItem
        | PromptItem
        | SectionItem
        | TextItem
    )
