from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_customer_application_document_document_type import (
    SubmitCustomerApplicationDocumentDocumentType,
)
from ..models.submit_customer_application_document_person_type import (
    SubmitCustomerApplicationDocumentPersonType,
)
from ..models.submit_customer_application_document_process import (
    SubmitCustomerApplicationDocumentProcess,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitCustomerApplicationDocument")


@_attrs_define
class SubmitCustomerApplicationDocument:
    """
    Attributes:
        process (SubmitCustomerApplicationDocumentProcess): AML_FPV, Bankruptcy, Compliance, Identity, NFA,
            SubAccountRequest, Watchlist
        document_type (SubmitCustomerApplicationDocumentDocumentType): AMLBankStatement, AMLOwnFundsLetter,
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
        user_id (int | Unset):
        person_type (SubmitCustomerApplicationDocumentPersonType | Unset): Applicant, EntityOpener,
            EntityResponsiblePerson, EntityStakeholder1, EntityStakeholder2, JointApplicant, JointThirdPartyPerson,
            SubAccount, ThirdPartyPerson
        customer_application_id (int | Unset):
    """

    process: SubmitCustomerApplicationDocumentProcess
    document_type: SubmitCustomerApplicationDocumentDocumentType
    filename: str
    base64data: str
    user_id: int | Unset = UNSET
    person_type: SubmitCustomerApplicationDocumentPersonType | Unset = UNSET
    customer_application_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process = self.process.value

        document_type = self.document_type.value

        filename = self.filename

        base64data = self.base64data

        user_id = self.user_id

        person_type: str | Unset = UNSET
        if not isinstance(self.person_type, Unset):
            person_type = self.person_type.value

        customer_application_id = self.customer_application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "process": process,
                "documentType": document_type,
                "filename": filename,
                "base64data": base64data,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if person_type is not UNSET:
            field_dict["personType"] = person_type
        if customer_application_id is not UNSET:
            field_dict["customerApplicationId"] = customer_application_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        process = SubmitCustomerApplicationDocumentProcess(d.pop("process"))

        document_type = SubmitCustomerApplicationDocumentDocumentType(
            d.pop("documentType")
        )

        filename = d.pop("filename")

        base64data = d.pop("base64data")

        user_id = d.pop("userId", UNSET)

        _person_type = d.pop("personType", UNSET)
        person_type: SubmitCustomerApplicationDocumentPersonType | Unset
        if isinstance(_person_type, Unset):
            person_type = UNSET
        else:
            person_type = SubmitCustomerApplicationDocumentPersonType(_person_type)

        customer_application_id = d.pop("customerApplicationId", UNSET)

        submit_customer_application_document = cls(
            process=process,
            document_type=document_type,
            filename=filename,
            base64data=base64data,
            user_id=user_id,
            person_type=person_type,
            customer_application_id=customer_application_id,
        )

        submit_customer_application_document.additional_properties = d
        return submit_customer_application_document

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
