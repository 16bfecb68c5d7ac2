"""The participants' server in the app (Qt): sockets, the adapter to the app, the console's panel.

The pure side, which decides everything about a request, is
:mod:`facilitator.participants`; this package moves bytes (``server``), reads
the app's values and sends its named commands (``service``), and shows the
trainer the join address, the codes and the notes waiting for release
(``panel``, ``qr_view``).
"""
