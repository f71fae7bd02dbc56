from enum import StrEnum


class EvaluationType(StrEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `EvaluationType` whose `value` is what the vendor sent (`is_known` is False for it)."""

    BI_ANNUAL_360_EVALUATION = "Bi-Annual 360 Evaluation"
    BI_ANNUAL_POSTURE_EVALUATION = "Bi-Annual Posture Evaluation"
    CONTINUOUS_360_EVALUATION = "Continuous 360 Evaluation"
    CONTINUOUS_POSTURE_EVALUATION = "Continuous Posture Evaluation"
    INVENTORY = "Inventory"
    INVENTORY_PLUS = "Inventory Plus"
    SMART_QUESTIONNAIRES = "Smart Questionnaires"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EvaluationType | None":
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
