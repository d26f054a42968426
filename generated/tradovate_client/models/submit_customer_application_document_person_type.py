from enum import StrEnum


class SubmitCustomerApplicationDocumentPersonType(StrEnum):
    APPLICANT = "Applicant"
    ENTITYOPENER = "EntityOpener"
    ENTITYRESPONSIBLEPERSON = "EntityResponsiblePerson"
    ENTITYSTAKEHOLDER1 = "EntityStakeholder1"
    ENTITYSTAKEHOLDER2 = "EntityStakeholder2"
    JOINTAPPLICANT = "JointApplicant"
    JOINTTHIRDPARTYPERSON = "JointThirdPartyPerson"
    SUBACCOUNT = "SubAccount"
    THIRDPARTYPERSON = "ThirdPartyPerson"

    def __str__(self) -> str:
        return str(self.value)
