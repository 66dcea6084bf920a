"""Document → text → structured plan data (schema `kehoach.ingest/1`); no Django import."""

import logging

# A library leaves logging to its application: without this, a warning logged while reading a
# damaged file reaches Python's last-resort handler and prints a traceback on the command line.
# The web app's handlers still receive it, since records propagate past a NullHandler.
logging.getLogger(__name__).addHandler(logging.NullHandler())
