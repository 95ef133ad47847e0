"""`python -m factdesk` is the same program as the `factdesk` console script."""

from factdesk.cli.entry import main

raise SystemExit(main())
