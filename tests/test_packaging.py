"""The wheel must carry every subpackage: pyproject.toml lists them one by one.

(They are listed because the bundled agendas and assets are mapped into the
package from the top of the repository, which automatic discovery cannot do.)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "facilitator").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_the_wheel_carries_the_compiled_translations() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.qm" in config["tool"]["setuptools"]["package-data"]["facilitator.i18n"]
    compiled = {path.name for path in (ROOT / "facilitator" / "i18n").glob("*.qm")}
    assert {"facilitator_nl.qm", "facilitator_en.qm"} <= compiled


def test_bundled_data_folders_are_mapped() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    assert mapping["facilitator.agendas"] == "agendas"
    assert mapping["facilitator.assets"] == "assets"
    assert any((ROOT / "agendas").rglob("*.yaml"))
    assert any((ROOT / "assets").iterdir())
