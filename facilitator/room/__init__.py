"""The room of a run, pure: people, groups, dealt material, turns, the wall, feedback.

Nothing here imports Qt, pydantic or the engine, so importing it costs
milliseconds. The modules, from the inside out:

- ``people``, ``sizes``, ``mixing``, ``grouping``: who is in the room, how
  many groups of which sizes, who goes with whom, arrivals and departures;
- ``deal``: a hand-out's cards or documents spread over the groups;
- ``turns``: each group's turn inside a step, its own clock on instants;
- ``wall``, ``feedback``: notes and themes; quick feedback;
- ``codec``, ``records``: every change as a typed journal record;
- ``state``: the room's state and :func:`~facilitator.room.state.apply`;
- ``room``: :class:`~facilitator.room.room.Room`, the commands;
- ``replay``: the room rebuilt from a journal;
- ``views``, ``words``, ``notices``: what views show, in the session's
  language, and what the trainer is told;
- ``from_agenda``: the commands a step's ``groups``, ``deal`` and ``turns`` ask for.
"""
