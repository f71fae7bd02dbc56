from enum import StrEnum


class BusinessInformationType(StrEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `BusinessInformationType` whose `value` is what the vendor sent (`is_known` is False for it)."""

    DATE = "date"
    DROPDOWN = "dropDown"
    FILE = "file"
    MULTISELECTION = "multiSelection"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BusinessInformationType | None":
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
