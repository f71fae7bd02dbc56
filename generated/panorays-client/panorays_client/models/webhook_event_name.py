from enum import StrEnum


class WebhookEventName(StrEnum):
    QUESTIONNAIRE_SUBMITTED = "questionnaire.submitted"
    SUPPLIER_APPROVAL_CHANGED = "supplier.approval_changed"
    SUPPLIER_CREATED = "supplier.created"
    SUPPLIER_DELETED = "supplier.deleted"
    SUPPLIER_SCORE_CHANGED = "supplier.score_changed"
    SUPPLIER_UPDATED = "supplier.updated"

    def __str__(self) -> str:
        return str(self.value)
