"""Reading people's words: dates and times (``when``), quick-add text and its preview.

Pure: no database, no network, no framework. Every pattern is written to run in linear time.
"""
