from enum import StrEnum


class UserAccountPositionLimitTotalBy(StrEnum):
    CONTRACT = "Contract"
    CONTRACTGROUP = "ContractGroup"
    DISCOUNTGROUP = "DiscountGroup"
    EXCHANGE = "Exchange"
    FUNGIBLEPRODUCT = "FungibleProduct"
    OVERALL = "Overall"
    PRODUCT = "Product"
    PRODUCTTYPE = "ProductType"

    def __str__(self) -> str:
        return str(self.value)
