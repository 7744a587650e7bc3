"""Todo Evolution: a self-hostable task manager with one service layer and many doors."""

__version__ = "0.2.0"
