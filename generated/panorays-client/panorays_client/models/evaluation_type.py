from enum import StrEnum


class EvaluationType(StrEnum):
    BI_ANNUAL_360_EVALUATION = "Bi-Annual 360 Evaluation"
    BI_ANNUAL_POSTURE_EVALUATION = "Bi-Annual Posture Evaluation"
    CONTINUOUS_360_EVALUATION = "Continuous 360 Evaluation"
    CONTINUOUS_POSTURE_EVALUATION = "Continuous Posture Evaluation"
    INVENTORY = "Inventory"
    INVENTORY_PLUS = "Inventory Plus"
    SMART_QUESTIONNAIRES = "Smart Questionnaires"

    def __str__(self) -> str:
        return str(self.value)
