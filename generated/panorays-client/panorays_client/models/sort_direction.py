from enum import StrEnum


class SortDirection(StrEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `SortDirection` whose `value` is what the vendor sent (`is_known` is False for it)."""

    ASC = "ASC"
    ASC_LOWER = "asc"
    ASC_NUMERIC = "1"
    DESC = "DESC"
    DESC_LOWER = "desc"
    DESC_NUMERIC = "-1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SortDirection | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._value_ in type(self)._value2member_map_
