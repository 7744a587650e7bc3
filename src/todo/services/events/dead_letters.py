"""Dead letters: events a consumer gave up on, for an admin to read and to try again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.consumer_log import DeadLetter
from todo.domain.events import MalformedEvent, parse_event
from todo.errors import Conflict, NotFound
from todo.services.events.consumers import CONSUMERS


class DeadLetterPublic(BaseModel):
    """An event a consumer could not process, with the error it last raised."""

    id: int
    consumer: str = Field(examples=["recurrence"])
    event_id: str
    topic: str = Field(examples=["task-events"])
    event: dict[str, Any]
    error: str
    attempts: int
    created_at: datetime


async def list_dead_letters(
    uow: UnitOfWork, *, actor: Actor, limit: int = 100
) -> list[DeadLetterPublic]:
    """Return the newest dead letters (admins only)."""
    actor.require_admin()
    async with uow.reading():
        return [_public(row) for row in await uow.consumer_log.dead_letters(limit=limit)]


async def count_dead_letters(uow: UnitOfWork) -> int:
    """Count the dead letters waiting for an admin (for the workers' metrics)."""
    async with uow.reading():
        return await uow.consumer_log.count_dead_letters()


async def retry_dead_letter(uow: UnitOfWork, *, actor: Actor, letter_id: int) -> None:
    """Run the consumer on the event again (admins only); on success the dead letter is gone,
    on failure it stays, with the new error, and :class:`Conflict` says what went wrong."""
    actor.require_admin()
    consumers = {consumer.name: consumer for consumer in CONSUMERS}
    async with uow:
        letter = await uow.consumer_log.dead_letter(letter_id)
        if letter is None:
            raise NotFound(f"There is no dead letter {letter_id}.")
        consumer = consumers.get(letter.consumer)
        if consumer is None:
            raise Conflict(f"No consumer is called '{letter.consumer}' any more.")
        try:
            async with uow.savepoint():
                received = parse_event(letter.event)
                if not consumer.takes(received):
                    raise MalformedEvent(f"The '{consumer.name}' consumer does not take it.")
                await consumer.step(uow, received)
        except Exception as error:
            letter.attempts += 1
            letter.error = str(error)[:4000] or type(error).__name__
            uow.consumer_log.save(letter)
            await uow.commit()
            raise Conflict(f"It failed again: {letter.error[:200]}") from error
        await uow.consumer_log.forget(letter)
        await uow.commit()


def _public(row: DeadLetter) -> DeadLetterPublic:
    return DeadLetterPublic.model_validate(row, from_attributes=True)
