from enum import StrEnum
from typing import Any


class SubmitPartnerSubAccountDocumentDocumentType(StrEnum):
    ACCOUNTREACTIVATION = "AccountReactivation"
    ACHOTHER = "AchOther"
    ADDITIONALRISKDISCLOSURE = "AdditionalRiskDisclosure"
    ADDRESSCHANGEVERIFICATION = "AddressChangeVerification"
    ADDRESSCLARIFICATIONDOCVSAPPLICATION = "AddressClarificationDocVsApplication"
    ADDRESSCLARIFICATIONDOCVSCONFIRMEDAV = "AddressClarificationDocVsConfirmedAV"
    ADDRESSVERIFICATIONFAFTA = "AddressVerificationFAFTA"
    ADDRESSVERIFICATIONLLC = "AddressVerificationLLC"
    ADDRESSVERIFICATIONMANAGINGMEMBER = "AddressVerificationManagingMember"
    AMENDMENTAPPROVINGFUTURESTRADING = "AmendmentApprovingFuturesTrading"
    AMLBANKSTATEMENT = "AMLBankStatement"
    AMLOWNFUNDSLETTER = "AMLOwnFundsLetter"
    ANNUALINCOMEAMOUNT = "AnnualIncomeAmount"
    APPLICATIONANDIDNAMEMISMATCH = "ApplicationAndIDNameMismatch"
    ARTICLESOFORGANIZATION = "ArticlesOfOrganization"
    BANKRUPTCYDISCHARGEPAPERWORK = "BankruptcyDischargePaperwork"
    BANKSUPPORTINGDOCUMENT = "BankSupportingDocument"
    BENEFICIALOWNERCERTIFICATION = "BeneficialOwnerCertification"
    CERTIFICATEOFGOODSTANDING = "CertificateOfGoodStanding"
    COMPANYFINANCIALS = "CompanyFinancials"
    CONFIRMACCOUNTINTEREST = "ConfirmAccountInterest"
    CONFIRMAFFILIATIONS = "ConfirmAffiliations"
    CONFIRMATIONOFDEPOSITS = "ConfirmationOfDeposits"
    CONFIRMFULLNAME = "ConfirmFullName"
    CONFIRMIRACUSTODIAN = "ConfirmIRACustodian"
    CORPORATEBYLAWS = "CorporateBylaws"
    CURRENTBANKSTATEMENT = "CurrentBankStatement"
    DRIVINGLICENSE = "DrivingLicense"
    EIN = "EIN"
    EMPLOYEEATTESTATIONLETTER = "EmployeeAttestationLetter"
    EMPLOYMENTDETAILS = "EmploymentDetails"
    ENTITYWEBSITE = "EntityWebsite"
    ESIGNBENEFICIALOWNERCERTIFICATION = "eSignBeneficialOwnerCertification"
    ESIGNEMPLOYEEATTESTATIONLETTER = "eSignEmployeeAttestationLetter"
    ESIGNMARKETDATAAGREEMENT = "eSignMarketDataAgreement"
    ESIGNW9 = "eSignW9"
    EVS = "EVS"
    FULLTIMETRADER = "FullTimeTrader"
    HEDGECLARIFICATION = "HedgeClarification"
    HIGHRISKAPPLICANT = "HighRiskApplicant"
    HOMEMAKERINCOME = "HomemakerIncome"
    ID = "Id"
    INVESTMENTTYPE = "InvestmentType"
    IRACUSTODY = "IRACustody"
    LETTEROFAWARENESS = "LetterOfAwareness"
    LIQUIDNETWORTHAMOUNT = "LiquidNetWorthAmount"
    MANAGINGMEMBERID = "ManagingMemberId"
    NATUREOFENTITY = "NatureOfEntity"
    NATUREOFSELFEMPLOYMENT = "NatureOfSelfEmployment"
    NETWORTHAMOUNT = "NetWorthAmount"
    NFAREGISTRATIONCONFIRMATION = "NFARegistrationConfirmation"
    OFFERINGCIRCULAR = "OfferingCircular"
    OPERATINGAGREEMENT = "OperatingAgreement"
    OTHER = "Other"
    OTHERTEXT = "OtherText"
    OWNFUNDS = "OwnFunds"
    PARTNERSHIPDOCUMENTS = "PartnershipDocuments"
    PASSPORT = "Passport"
    POAFORM = "POAForm"
    POBOX = "POBox"
    PROFESSIONAL = "Professional"
    RESIDENTIALADDRESSCONFIRMATION = "ResidentialAddressConfirmation"
    RETIREMENTINCOME = "RetirementIncome"
    SHAREHOLDERREGISTER = "ShareholderRegister"
    SOCIALSECURITYCARD = "SocialSecurityCard"
    SOURCEOFINCOME = "SourceOfIncome"
    SOURCEOFRISKCAPITAL = "SourceOfRiskCapital"
    SSNMISKEY = "SSNMiskey"
    STATEMENTOFGOODSTANDING = "StatementOfGoodStanding"
    STUDENTINCOME = "StudentIncome"
    THIRDPARTYFUNDS = "ThirdPartyFunds"
    TRADINGAUTHORITYPOA = "TradingAuthorityPOA"
    TRUSTDOCUMENTS = "TrustDocuments"
    UNDERSTANDINGOFFUTURESTRADING = "UnderstandingOfFuturesTrading"
    UNEMPLOYEDINCOME = "UnemployedIncome"
    UTILITYBILL = "UtilityBill"
    VERIFYEMAILANOTHERNAME = "VerifyEmailAnotherName"
    VERIFYEMAILOWNERSHIP = "VerifyEmailOwnership"
    VERIFYEMAILUSERNAMEENTITYWORDING = "VerifyEmailUsernameEntityWording"
    VERIFYEMAILUSERNAMEFINANCIALWORDING = "VerifyEmailUsernameFinancialWording"
    VERIFYUSERNAMEANOTHERNAME = "VerifyUsernameAnotherName"
    VISA = "Visa"
    W8CLARIFICATION = "W8Clarification"
    W8INCOMPLETE = "W8Incomplete"
    W9 = "W9"
    YEARSOFTRADINGEXPERIENCE = "YearsOfTradingExperience"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        # Not an identifier, so never a member's name (Tradovate has real UNKNOWN members).
        unknown._name_ = f"<unlisted {value!r}>"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value the vendor's spec did not list when this client was generated."""
        return type(self).__members__.get(self._name_) is self
