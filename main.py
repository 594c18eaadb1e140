"""Start the Goldspan window: ``python main.py [PATH]``."""

import sys

from goldspan.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
