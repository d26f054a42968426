from enum import StrEnum


class SetAdminAutoLiqActionAdminActionReasonCode(StrEnum):
    CLOSEAMLDECISION = "CloseAMLDecision"
    CLOSECOMPLIANCEDECISION = "CloseComplianceDecision"
    CLOSECUSTOMERREQUEST = "CloseCustomerRequest"
    CLOSEDECEASED = "CloseDeceased"
    CLOSEESCHEATMENT = "CloseEscheatment"
    CLOSEFRAUD = "CloseFraud"
    CLOSEINACTIVEUNFUNDEDACCOUNT = "CloseInactiveUnfundedAccount"
    FULLBALANCEWITHDRAWAL = "FullBalanceWithdrawal"
    OTHER = "Other"
    RESTRICTEDACCOUNTSREQUEST = "RestrictedAccountsRequest"
    RESTRICTEDAMLREQUEST = "RestrictedAMLRequest"
    RESTRICTEDCOMPLIANCEREQUEST = "RestrictedComplianceRequest"
    RESTRICTEDRISKRESTRICTION = "RestrictedRiskRestriction"
    RESTRICTEDTREASURYREQUEST = "RestrictedTreasuryRequest"
    RESTRICTEDW8EXPIRED = "RestrictedW8Expired"

    def __str__(self) -> str:
        return str(self.value)
