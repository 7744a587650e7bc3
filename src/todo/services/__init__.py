"""The service layer: the only API the doors call. Every function is an async verb."""
