"""libyaml composes an agenda within the limits (issue 14); PyYAML's loader words mistakes.

At 500 steps PyYAML's pure-Python loader took half a second to compose the
nodes, libyaml some 40 ms. Both must read every file into the same data
and lines, and a file libyaml cannot read must get PyYAML's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from facilitator.agenda import load, yaml_source
from facilitator.agenda.errors import AgendaError

AGENDAS = sorted((Path(__file__).parents[2] / "agendas").rglob("*.yaml"))

pytestmark = pytest.mark.skipif(
    not yaml.__with_libyaml__, reason="PyYAML was built without libyaml here"
)


def _composed_by_pyyaml(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list counting the nodes PyYAML's own loader composes."""
    count = [0]
    original = yaml_source.RestrictedLoader.compose_node

    def counting(self: yaml_source.RestrictedLoader, parent: object, index: object) -> object:
        count[0] += 1
        return original(self, parent, index)  # type: ignore[arg-type]

    monkeypatch.setattr(yaml_source.RestrictedLoader, "compose_node", counting)
    return count


@pytest.mark.parametrize("path", AGENDAS, ids=lambda p: p.name)
def test_libyaml_reads_each_bundled_file_as_pyyaml_does(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed = _composed_by_pyyaml(monkeypatch)
    fast = yaml_source.parse_file(path)
    assert composed == [0]  # libyaml composed it all
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    alone = yaml_source.parse_file(path)
    assert composed[0] > 0
    assert (fast.data, fast.lines, fast.issues) == (alone.data, alone.lines, alone.issues)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n---\nb: 2\n",  # a second document: libyaml's composer refuses it
        "a: 1\n---\nb: \x7fx\n",  # then a character YAML does not allow (DEL)
        "a: !!int abc\nb: !!python/object x\nc: 1\nc: 2\n<<: {d: 1}\n",
    ],
    ids=["two documents", "a second document with DEL", "tags, a duplicate and a merge key"],
)
def test_what_pyyaml_refuses_is_refused_in_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_text(text, encoding="utf-8")

    def said() -> list[tuple[str, int | None]]:
        with pytest.raises(AgendaError) as caught:
            load.load_yaml_file(path)
        return [(p.message, p.line) for p in caught.value.problems]

    fast = said()
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    assert fast == said()
