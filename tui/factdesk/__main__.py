"""`python -m factdesk` is the same program as the `factdesk` console script."""

from factdesk.cli.main import main

raise SystemExit(main())
