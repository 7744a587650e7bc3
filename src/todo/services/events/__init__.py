"""The event pipeline: the relay from the outbox to the broker, the consumers and their table,
the runtime that runs them in a process, reminders, dead letters, replay and housekeeping.
"""
