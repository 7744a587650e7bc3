"""The public "Evolution of Todo" contract: ``/api/{user_id}/tasks…`` over the same services."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["compatibility"])
