"""Todo Evolution."""
