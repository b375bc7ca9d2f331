"""The order the patient meets the sessions in: the protocol's stages, then their own."""

from __future__ import annotations

from collections.abc import Mapping

from hamtimer.core.session import SessionDefinition

# By the stage of PROTOCOL.md each belongs to: RICE in the first 48 hours, isometric holds,
# then mobility and gentle stretching, resistance work once pain-free, and from around
# 4–6 weeks squats and hamstring curls.
PROTOCOL_ORDER: tuple[str, ...] = (
    "ice",
    "bridge-hold",
    "windmill",
    "gentle-stretch",
    "nordic-curl",
    "banded-flexion",
    "squat",
    "hamstring-curl",
)


def in_protocol_order(sessions: Mapping[str, SessionDefinition]) -> list[SessionDefinition]:
    """Built-ins in the protocol's order, then every other session by name."""
    rank = {session_id: index for index, session_id in enumerate(PROTOCOL_ORDER)}

    def key(definition: SessionDefinition) -> tuple[int, str, str]:
        place = rank.get(definition.id, len(rank)) if definition.builtin else len(rank)
        return place, definition.name.casefold(), definition.id

    return sorted(sessions.values(), key=key)
