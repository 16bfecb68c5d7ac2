"""What the app prints, decided in pure code: plans of pages of blocks.

``blocks`` holds the pieces a printout is made of (headings, text, framed
documents, cards, fields to fill in...), ``handouts`` the plan of a session's
hand-outs and templates, ``output`` the writing of a plan to a file and
``commands`` the ``facilitator handouts`` command. The PDF itself is drawn by
``facilitator.ui.printing``, imported only when a PDF is written.
"""
