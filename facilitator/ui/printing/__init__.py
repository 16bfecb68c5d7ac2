"""Every PDF the app makes is drawn here, with Qt's QPdfWriter and QPainter.

- ``writer``: the A4 writer set-up (resolution, margins, fonts, a Qt
  application on the command line).
- ``frame``: the sheets of one PDF, each with the document's title and its
  page number ("2 / 5") in a footer; pieces of fixed height flowed onto them,
  never cut at a page end.
- ``text``: Markdown and plain text laid out by ``QTextDocument``, as pieces
  of whole lines.
- ``report``: a run's report; ``chart``: its planned-against-actual chart (the
  same drawing in the Reports dialog).
- ``plan`` and ``blocks``: any :class:`~facilitator.printouts.blocks.PrintPlan`
  (today the hand-outs): flowing pages and pages of cut-out cards.

What a printout contains is decided in pure code (``facilitator.reports``,
``facilitator.printouts``); this package only draws it. A new printout is a
pure plan (pages of blocks) and, when it needs a new kind of block, a painter
for that block in ``blocks``. Pure code imports this package only inside the
function that writes a PDF.
"""
