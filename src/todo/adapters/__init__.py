"""One technology per module: the database, repositories, the outbox, the clock."""
