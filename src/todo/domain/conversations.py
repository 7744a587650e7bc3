"""Conversations with the assistant: the stored rows, what a chat request carries, and replies."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as Describe
from sqlalchemy import JSON, Index, Text
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.assistant.chat import MESSAGE_MAX, ToolCall
from todo.domain.text import PlainText

CONVERSATION_TITLE_MAX = 80
#: The longest reply stored: an engine's reply is cut here (a list of 100 tasks fits easily).
REPLY_MAX = 20_000


class Conversation(SQLModel, table=True):
    """A conversation of one user with the assistant; its title is its first message, cut."""

    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_user_updated", "user_id", "updated_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    title: str = Field(max_length=CONVERSATION_TITLE_MAX)
    created_at: datetime
    updated_at: datetime


class Message(SQLModel, table=True):
    """One message of a conversation: the user's words, or the assistant's reply and the tool
    calls it made."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation", "conversation_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", ondelete="CASCADE")
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    role: str = Field(max_length=16)
    content: str = Field(sa_type=Text)
    tool_calls: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime


def conversation_title(message: str) -> str:
    """Return the title a conversation gets from its first message: its first words."""
    words = " ".join(message.split())
    if len(words) <= CONVERSATION_TITLE_MAX:
        return words
    return words[: CONVERSATION_TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"


class ChatRequest(BaseModel):
    """One message to the assistant; without ``conversation_id`` a new conversation starts."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"message": "Remind me to call mom tomorrow at 5pm"}]},
    )

    conversation_id: int | None = Describe(
        default=None, ge=1, le=2**63 - 1, description="The conversation to continue."
    )
    message: PlainText = Describe(min_length=1, max_length=MESSAGE_MAX, description="What you say.")

    @field_validator("message", mode="before")
    @classmethod
    def _not_blank(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("The message is empty; say what you would like done.")
            return value.strip()
        return value


class ChatReply(BaseModel):
    """The assistant's answer, and every tool call it made, as executed."""

    conversation_id: int
    response: str
    tool_calls: list[ToolCall]


class ConversationPublic(BaseModel):
    """A conversation as the API shows it."""

    id: int
    title: str
    created_at: datetime
    updated_at: datetime


class MessagePublic(BaseModel):
    """A message as the API shows it."""

    id: int
    conversation_id: int
    role: Literal["user", "assistant"]
    content: str
    tool_calls: list[ToolCall]
    created_at: datetime


class ConversationPage(BaseModel):
    """A page of conversations, most recently active first."""

    items: list[ConversationPublic]
    next_cursor: str | None = Describe(description="Pass as `cursor` for the next page.")


class MessagePage(BaseModel):
    """A page of messages, oldest first."""

    items: list[MessagePublic]
    next_cursor: str | None = Describe(description="Pass as `cursor` for the next page.")
