"""Tags in the database: get-or-create by name, the tags of tasks, counts, rename and merge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, bindparam, case, delete, func, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.tags import Tag, TagSummary, TaskTag
from todo.domain.tasks import Task
from todo.errors import CLASHED, Conflict


def tag_key(name: str) -> str:
    """Return the case-folded form that makes a tag unique per user."""
    return name.casefold()


#: How often :meth:`TagRepository.ensure` writes tags deleted again meanwhile.
ENSURE_TRIES = 3


#: The insert of a task's tag links (on the table: no ORM objects are made for them).
_INSERT_LINKS = insert(TaskTag.__table__)  # type: ignore[attr-defined]
_TAGS: Table = Tag.__table__  # type: ignore[attr-defined]
#: A user's tags of the given keys, as (id, name, key).
_BY_KEY = select(_TAGS.c.id, _TAGS.c.name, _TAGS.c.key).where(
    _TAGS.c.user_id == bindparam("user_id"), _TAGS.c.key.in_(bindparam("keys", expanding=True))
)


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag as the tags of a task are written with it: its id, its name and its key."""

    id: int
    name: str
    key: str


class TagRepository:
    """Reads and writes ``tags`` and ``task_tags``; every call is scoped to one user."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: str, name: str) -> Tag | None:
        """Return the user's tag called ``name`` (any case), or ``None``."""
        statement = select(Tag).where(Tag.user_id == user_id, Tag.key == tag_key(name))
        return (await self._session.exec(statement)).first()

    async def ensure(self, user_id: str, names: Sequence[str], *, now: datetime) -> list[TagRef]:
        """Return the user's tags called ``names``, creating the ones that do not exist yet.

        Missing tags are written with ``ON CONFLICT DO NOTHING`` and then read back, so that
        requests adding the same new tag at the same moment all end up with the one row (on
        PostgreSQL the later ones wait for the first to commit). They are written in key order,
        so that two requests adding the same new tags cannot wait on each other. A tag another
        change deletes in between is written again (a few times at most; then
        :class:`~todo.errors.Conflict`).
        """
        if not names:
            return []
        keys = [tag_key(name) for name in names]
        existing = await self._by_key(user_id, keys)
        spelling: dict[str, str] = {}  # a new tag is spelt as it is first named
        for name, key in zip(names, keys, strict=True):
            spelling.setdefault(key, name)
        dialect = postgresql if self._dialect == "postgresql" else sqlite
        for _ in range(ENSURE_TRIES):
            missing = sorted(key for key in spelling if key not in existing)
            if not missing:
                return [existing[key] for key in keys]
            rows = [
                {"user_id": user_id, "name": spelling[key], "key": key, "created_at": now}
                for key in missing
            ]
            await self._session.exec(dialect.insert(Tag).values(rows).on_conflict_do_nothing())
            existing.update(await self._by_key(user_id, missing))
        raise Conflict(CLASHED)  # a tag kept being deleted under this change

    async def lock(self, tags: Sequence[Tag]) -> bool:
        """Lock ``tags`` for this transaction, lowest id first (PostgreSQL; SQLite has one
        writer at a time); tell whether every one of them still exists."""
        ids = sorted({tag.id for tag in tags if tag.id is not None})
        if self._dialect != "postgresql" or not ids:
            return True
        statement = select(Tag.id).where(col(Tag.id).in_(ids)).order_by(col(Tag.id))
        locked = (await self._session.exec(statement.with_for_update())).all()
        return len(locked) == len(ids)

    async def _by_key(self, user_id: str, keys: Sequence[str]) -> dict[str, TagRef]:
        rows = await self._session.exec(_BY_KEY, params={"user_id": user_id, "keys": list(keys)})
        return {key: TagRef(tag_id, name, key) for tag_id, name, key in rows}

    async def names_of(self, task_ids: Iterable[int]) -> dict[int, list[str]]:
        """Return the tag names of each task, sorted by key in code point order (whatever the
        database's collation, so that every path sorts them alike)."""
        ids = list(task_ids)
        names: dict[int, list[str]] = defaultdict(list)
        if not ids:
            return names
        statement = (
            select(TaskTag.task_id, Tag.name)
            .join(Tag, col(Tag.id) == col(TaskTag.tag_id))
            .where(col(TaskTag.task_id).in_(ids))
            .order_by(col(Tag.key).collate("C") if self._dialect == "postgresql" else col(Tag.key))
        )
        for task_id, name in (await self._session.exec(statement)).all():
            names[task_id].append(name)
        return names

    async def replace_links(
        self, task_id: int, tags: Sequence[TagRef], *, new: bool = False
    ) -> None:
        """Make ``tags`` the exact set of tags of the task (``new``: a task created in this
        transaction, which has none yet)."""
        if not new:
            await self._session.exec(delete(TaskTag).where(col(TaskTag.task_id) == task_id))
        if tags:
            await self._session.exec(
                _INSERT_LINKS, params=[{"task_id": task_id, "tag_id": tag.id} for tag in tags]
            )

    async def summaries(self, user_id: str) -> list[TagSummary]:
        """Return each of the user's tags with its open and total task counts (deleted excluded;
        a tag no task carries any more counts none)."""
        live = col(Task.id).is_not(None) & col(Task.deleted_at).is_(None)
        statement = (
            select(
                Tag.name,
                func.count(case((live & col(Task.completed).is_(False), 1))),
                func.count(case((live, 1))),
            )
            .select_from(Tag)
            .outerjoin(TaskTag, col(TaskTag.tag_id) == col(Tag.id))
            .outerjoin(Task, col(Task.id) == col(TaskTag.task_id))
            .where(Tag.user_id == user_id)
            .group_by(col(Tag.id), col(Tag.name), col(Tag.key))
            .order_by(col(Tag.key))
        )
        rows = (await self._session.exec(statement)).all()
        return [TagSummary(name=name, open=open_, total=total) for name, open_, total in rows]

    async def task_ids_with(self, tag: Tag) -> list[int]:
        """Return the ids of the tasks that carry ``tag``, deleted ones included."""
        statement = select(TaskTag.task_id).where(TaskTag.tag_id == tag.id)
        return list((await self._session.exec(statement)).all())

    async def rename(self, tag: Tag, name: str) -> None:
        """Give ``tag`` a new spelling."""
        tag.name, tag.key = name, tag_key(name)
        self._session.add(tag)
        await self._session.flush()

    async def merge(self, source: Tag, target: Tag) -> None:
        """Move every task of ``source`` to ``target`` and delete ``source``."""
        already = select(TaskTag.task_id).where(TaskTag.tag_id == target.id)
        await self._session.exec(
            delete(TaskTag).where(
                col(TaskTag.tag_id) == source.id, col(TaskTag.task_id).in_(already)
            )
        )
        await self._session.exec(
            update(TaskTag).where(col(TaskTag.tag_id) == source.id).values(tag_id=target.id)
        )
        await self.remove(source)

    async def move_project_tags(self, project_id: int, owner_id: str, *, now: datetime) -> None:
        """Give the tasks of a project (deleted ones too) their tags from the namespace of
        ``owner_id``, its new owner: each tag of another user's on them is replaced by the
        owner's tag of the same name, made when the owner has none (a task's tags live with
        the owner of its project). The previous owner's tags stay theirs."""
        in_project = select(Task.id).where(Task.project_id == project_id)
        statement = (
            select(Tag.id, Tag.name, Tag.key)
            .join(TaskTag, col(TaskTag.tag_id) == col(Tag.id))
            .where(col(TaskTag.task_id).in_(in_project), Tag.user_id != owner_id)
            .distinct()
            .order_by(col(Tag.id))
        )
        foreign = list((await self._session.exec(statement)).all())
        if not foreign:
            return
        owned = await self.ensure(owner_id, [name for _, name, _ in foreign], now=now)
        target = {tag.key: tag.id for tag in owned}
        for tag_id, _, key in foreign:
            links = (col(TaskTag.tag_id) == tag_id) & col(TaskTag.task_id).in_(in_project)
            carried = select(TaskTag.task_id).where(TaskTag.tag_id == target[key])
            await self._session.exec(
                delete(TaskTag).where(links, col(TaskTag.task_id).in_(carried))
            )
            await self._session.exec(update(TaskTag).where(links).values(tag_id=target[key]))

    async def remove(self, tag: Tag) -> None:
        """Delete ``tag`` and its links to tasks."""
        await self._session.exec(delete(TaskTag).where(col(TaskTag.tag_id) == tag.id))
        await self._session.delete(tag)
        await self._session.flush()

    @property
    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name
