from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_partner_sub_account_document_document_type import (
    SubmitPartnerSubAccountDocumentDocumentType,
)

T = TypeVar("T", bound="SubmitPartnerSubAccountDocument")


@_attrs_define
class SubmitPartnerSubAccountDocument:
    """
    Attributes:
        sub_account_request_id (int):
        document_type (SubmitPartnerSubAccountDocumentDocumentType): AMLBankStatement, AMLOwnFundsLetter,
            AccountReactivation, AchOther, AdditionalRiskDisclosure, AddressChangeVerification,
            AddressClarificationDocVsApplication, AddressClarificationDocVsConfirmedAV, AddressVerificationFAFTA,
            AddressVerificationLLC, AddressVerificationManagingMember, AmendmentApprovingFuturesTrading, AnnualIncomeAmount,
            ApplicationAndIDNameMismatch, ArticlesOfOrganization, BankSupportingDocument, BankruptcyDischargePaperwork,
            BeneficialOwnerCertification, CertificateOfGoodStanding, CompanyFinancials, ConfirmAccountInterest,
            ConfirmAffiliations, ConfirmFullName, ConfirmIRACustodian, ConfirmationOfDeposits, CorporateBylaws,
            CurrentBankStatement, DrivingLicense, EIN, EVS, EmployeeAttestationLetter, EmploymentDetails, EntityWebsite,
            FullTimeTrader, HedgeClarification, HighRiskApplicant, HomemakerIncome, IRACustody, Id, InvestmentType,
            LetterOfAwareness, LiquidNetWorthAmount, ManagingMemberId, NFARegistrationConfirmation, NatureOfEntity,
            NatureOfSelfEmployment, NetWorthAmount, OfferingCircular, OperatingAgreement, Other, OtherText, OwnFunds,
            POAForm, POBox, PartnershipDocuments, Passport, Professional, ResidentialAddressConfirmation, RetirementIncome,
            SSNMiskey, ShareholderRegister, SocialSecurityCard, SourceOfIncome, SourceOfRiskCapital,
            StatementOfGoodStanding, StudentIncome, ThirdPartyFunds, TradingAuthorityPOA, TrustDocuments,
            UnderstandingOfFuturesTrading, UnemployedIncome, UtilityBill, VerifyEmailAnotherName, VerifyEmailOwnership,
            VerifyEmailUsernameEntityWording, VerifyEmailUsernameFinancialWording, VerifyUsernameAnotherName, Visa,
            W8Clarification, W8Incomplete, W9, YearsOfTradingExperience, eSignBeneficialOwnerCertification,
            eSignEmployeeAttestationLetter, eSignMarketDataAgreement, eSignW9
        filename (str):
        base64data (str):
    """

    sub_account_request_id: int
    document_type: SubmitPartnerSubAccountDocumentDocumentType
    filename: str
    base64data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_request_id = self.sub_account_request_id

        document_type = self.document_type.value

        filename = self.filename

        base64data = self.base64data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccountRequestId": sub_account_request_id,
                "documentType": document_type,
                "filename": filename,
                "base64data": base64data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_account_request_id = d.pop("subAccountRequestId")

        document_type = SubmitPartnerSubAccountDocumentDocumentType(
            d.pop("documentType")
        )

        filename = d.pop("filename")

        base64data = d.pop("base64data")

        submit_partner_sub_account_document = cls(
            sub_account_request_id=sub_account_request_id,
            document_type=document_type,
            filename=filename,
            base64data=base64data,
        )

        submit_partner_sub_account_document.additional_properties = d
        return submit_partner_sub_account_document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
