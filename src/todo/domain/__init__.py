"""Pure rules and models of the task domain: no I/O lives here."""
