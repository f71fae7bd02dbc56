from enum import StrEnum


class UpdateGroupName(StrEnum):
    BANK_ACCOUNT = "bank_account"
    BANK_ADDRESS = "bank_address"
    COMPANY = "company"
    CORPORATE_ADDRESS = "corporate_address"
    CUSTOM_FORM_FIELDS = "custom_form_fields"
    ORDER_ADDRESS = "order_address"
    REMITTANCE_ADDRESS = "remittance_address"
    SANCTION_LIST_ALERT = "sanction_list_alert"

    def __str__(self) -> str:
        return str(self.value)
