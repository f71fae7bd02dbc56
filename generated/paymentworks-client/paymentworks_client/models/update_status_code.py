from enum import IntEnum


class UpdateStatusCode(IntEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `UpdateStatusCode` whose `value` is what the vendor sent (`is_known` is False for it)."""

    PENDING = 0
    APPROVED = 1
    REJECTED = 2
    PROCESSED = 3
    PROMOTED = 4

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateStatusCode | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        unknown = int.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._value_ in type(self)._value2member_map_
