"""The ``todo`` console. Imports nothing heavy at start-up: each command loads what it needs."""
