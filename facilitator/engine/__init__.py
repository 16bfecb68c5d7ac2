"""Session timing: clock, step timer, session run, plan and journal. Pure Python: no Qt here."""
