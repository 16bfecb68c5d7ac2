"""The agenda's plain form: the models' data without pydantic, for the cache (issue 14)."""

from __future__ import annotations

import pickle

import pytest
from pydantic import BaseModel

from facilitator.agenda import model, plain
from facilitator.agenda.cache import in_plain_form
from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import slide_for
from facilitator.paths import default_agenda

MODELS = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and issubclass(value, model._Strict) and value is not model._Strict
]


def test_every_model_has_a_plain_form() -> None:
    assert sorted(m.__name__ for m in MODELS) == sorted(plain.FORMS)


@pytest.mark.parametrize("kind", MODELS, ids=lambda m: m.__name__)
def test_a_plain_form_has_its_models_fields_and_defaults(kind: type[BaseModel]) -> None:
    form = plain.FORMS[kind.__name__]
    assert form._fields == tuple(kind.model_fields)
    for name, info in kind.model_fields.items():
        if info.is_required():
            assert name not in form._defaults and name not in form._lists
        elif name in form._lists:
            assert info.get_default(call_default_factory=True) == []
        else:
            assert form._defaults[name] == info.get_default(call_default_factory=True)


@pytest.fixture(scope="module")
def checked() -> model.Session:
    """The bundled session 1, as the models check it."""
    return load_agenda(default_agenda()).session


def test_the_plain_form_reads_compares_and_dumps_as_the_model(checked: model.Session) -> None:
    form = plain.plain(checked)
    assert type(form) is plain.Session and type(form.steps[0]) is plain.Step
    assert form == checked and checked == form
    assert form.model_dump() == checked.model_dump()
    assert form.steps[3].title == checked.steps[3].title
    assert form.model_fields_set == checked.model_fields_set
    assert pickle.loads(pickle.dumps(form)) == form
    assert plain.to_model(form) == checked and type(plain.to_model(form)) is model.Session
    assert form != plain.plain(checked.model_copy(update={"title": "Another"}))


def test_a_models_kind_is_told_by_the_plain_class_for_both_forms() -> None:
    item = model.QuestionItem(question="Waarom?")
    assert isinstance(item, plain.QuestionItem)
    assert isinstance(plain.plain(item), plain.QuestionItem)
    assert not isinstance(plain.plain(item), plain.TitleItem | plain.TextItem)


def test_both_forms_give_the_same_slides() -> None:
    agenda = load_agenda(default_agenda())
    flat = in_plain_form(agenda)
    for checked, form in zip(agenda.steps, flat.steps, strict=True):
        for item, flat_item in zip(checked.project, form.project, strict=True):
            assert slide_for(flat, flat_item) == slide_for(agenda, item)


def test_a_plain_form_is_frozen_and_made_with_the_models_defaults() -> None:
    step = plain.Step(id="a", title="A", minutes=5)
    assert step.materials == [] and step.turns is None
    assert step.model_fields_set == {"id", "title", "minutes"}
    with pytest.raises(AttributeError):
        step.title = "B"  # type: ignore[misc]
    with pytest.raises(TypeError):
        plain.Step(id="a", title="A")
    with pytest.raises(TypeError):
        plain.Step(id="a", title="A", minutes=5, colour="red")
    assert step.model_copy(update={"title": "B"}).title == "B" and step.title == "A"
