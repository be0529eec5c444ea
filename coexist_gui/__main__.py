import sys

from coexist_gui.cli import main

sys.exit(main())
