"""Local state is its owner's only, and the database never puts bound values in errors or logs."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from todo.adapters.database import create_engine
from todo.bootstrap import build_app
from todo.config import Settings
from todo.errors import ConfigurationError
from todo.services.users import ensure_local_user

pytestmark = pytest.mark.anyio


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def everyday_umask() -> Iterator[None]:
    """The umask most systems start with, which leaves new files readable by everybody."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.usefixtures("everyday_umask")
async def test_the_embedded_database_and_key_are_their_owners_only(tmp_path: Path) -> None:
    home = tmp_path / "home" / "todo"
    app = await build_app(Settings(home=home, env="development"))
    try:
        await ensure_local_user(app.uow(), timezone="UTC")  # a write: the WAL files exist now
        assert app.auth.access_tokens  # the signing key is made
        database = home / "todo.db"
        files = [database, home / "todo.db-wal", home / "todo.db-shm", home / "secret_key"]
        assert all(path.exists() for path in files)
        assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
        assert mode(home) == 0o700
    finally:
        await app.aclose()


@pytest.mark.usefixtures("everyday_umask")
async def test_files_an_older_version_left_open_are_closed(tmp_path: Path) -> None:
    home = tmp_path / "todo"
    first = await build_app(Settings(home=home))
    await ensure_local_user(first.uow(), timezone="UTC")
    await first.aclose()
    home.chmod(0o755)
    (home / "todo.db").chmod(0o644)
    app = await build_app(Settings(home=home))
    try:
        assert mode(home / "todo.db") == 0o600
        assert app.auth.access_tokens
        assert mode(home) == 0o700
    finally:
        await app.aclose()


@pytest.mark.parametrize("kept", [b"", b"   \n", b"x" * 31])
async def test_a_kept_signing_key_shorter_than_32_bytes_is_refused(
    tmp_path: Path, kept: bytes
) -> None:
    home = tmp_path / "todo"
    home.mkdir()
    (home / "secret_key").write_bytes(kept)
    app = await build_app(Settings(home=home, env="development"))
    try:
        with pytest.raises(ConfigurationError, match="shorter than 32 bytes"):
            app.auth  # noqa: B018
    finally:
        await app.aclose()


async def test_errors_do_not_show_the_values_of_a_statement(database_url: str) -> None:
    """An error a log could carry names the statement, never the values bound to it (a password
    hash, a token digest, what a user wrote)."""
    engine = create_engine(database_url)
    marker = f"argon2-hash-{uuid.uuid4().hex}"
    insert = text(
        "INSERT INTO users (id, email, name, role, timezone, is_active, created_at, "
        "password_hash) VALUES (:id, :email, '', 'user', 'UTC', true, CURRENT_TIMESTAMP, :hash)"
    )
    row = {"id": str(uuid.uuid4()), "email": f"{uuid.uuid4().hex}@example.test", "hash": marker}
    try:
        async with engine.begin() as connection:
            await connection.execute(insert, row)
        with pytest.raises(IntegrityError) as clash:
            async with engine.begin() as connection:
                await connection.execute(insert, {**row, "id": str(uuid.uuid4())})
        assert marker not in str(clash.value)
        assert row["email"] not in str(clash.value)
    finally:
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM users WHERE id = :id"), {"id": row["id"]})
        await engine.dispose()
