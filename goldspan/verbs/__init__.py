"""The verbs of the ``goldspan`` command, one module each (see ``goldspan.cli``)."""
