"""Qt's own words that its Dutch catalogue lacks, translated in ours (issue 12).

Qt 6 gave the file dialog's "Look in:" and "Files of type:" an Alt letter
("&Look in:"), and ``qtbase_nl.qm`` holds only the old texts; it has no entry
at all for the file dialog's "Folder" (the type of a folder in its list). So a
Dutch file dialog showed them in English. Written here in Qt's own contexts,
they go into our catalogue; Qt looks a text up in every installed translator
and finds ours where its own has none (:func:`facilitator.ui.i18n.install_language`
installs both).
"""

from __future__ import annotations

from facilitator.i18n import translate


def qt_own_words() -> list[str]:
    """The texts, as Qt shows them in the interface's language (lupdate reads the calls)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        translate("QAbstractFileIconProvider", "Drive"),
    ]
