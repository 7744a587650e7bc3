"""The offline assistant's language rules: reading a chat message into intents, and replies.

Pure: no database, no network, no framework. The stored conversations are records of their
own, in :mod:`todo.domain.conversations`.
"""
