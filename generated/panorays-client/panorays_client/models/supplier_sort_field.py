from enum import StrEnum


class SupplierSortField(StrEnum):
    BUSINESS_IMPACT = "business_impact"
    INSERT_TS = "insert_ts"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
