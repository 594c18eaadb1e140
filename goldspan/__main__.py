"""``python -m goldspan`` runs the ``goldspan`` command line."""

from goldspan.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
