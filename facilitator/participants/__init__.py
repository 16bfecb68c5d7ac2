"""Participants' phones, pure: what the local server decides, renders and limits.

The participants' server (issue 10) lets people in the room open a page on
their phones over the room's network: they see what the projector shows, post
notes to the wall, pick their group and read its cards, give quick feedback,
and fill in the call to action for themselves; the trainer's own phone is a
remote control. Everything that can be decided without a socket lives here
and is tested without Qt:

- ``codes``: the room code and the remote's longer code, compared in constant time;
- ``limits``: the limits of a request, a note and a device, and the rate limiter;
- ``http``: HTTP/1.1 over h11 (bytes in, responses out), the security headers,
  the WebSocket upgrade a connection asks for;
- ``routes``: which page or action a path names, and whether its code is right;
- ``markdown``: the agenda's Markdown as HTML that can hold no markup of its own;
- ``words``: the phone pages' words in the session's language;
- ``views``: what a phone shows now (the projected slide, posting, groups),
  built from the room's and the projector's pure values;
- ``pages``: the HTML pages, every text escaped;
- ``messages``: the JSON a page's script sends and receives;
- ``site``: :class:`~facilitator.participants.site.Site`, a request to its
  response, through a :class:`~facilitator.participants.site.Port` to the app;
- ``plan``: the call to action filled in, as the text file a phone keeps;
- ``network``: the address to listen on (the interface with the default route);
- ``qr``: the join address as a QR matrix (segno, imported when asked).

The Qt side (sockets, the console's panel, the join screen) is
``facilitator/ui/participants``; it owns no rule.
"""
