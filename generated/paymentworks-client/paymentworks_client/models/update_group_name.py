from enum import StrEnum


class UpdateGroupName(StrEnum):
    """A value the vendor may add after this client was generated still parses: it becomes a
    `UpdateGroupName` whose `value` is what the vendor sent (`is_known` is False for it)."""

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

    @classmethod
    def _missing_(cls, value: object) -> "UpdateGroupName | None":
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
