from enum import StrEnum


class ApprovalStatus(StrEnum):
    APPROVED = "APPROVED"
    ARCHIVED = "ARCHIVED"
    CONTINGENT = "CONTINGENT"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    RE_EVALUATION = "RE_EVALUATION"

    def __str__(self) -> str:
        return str(self.value)
