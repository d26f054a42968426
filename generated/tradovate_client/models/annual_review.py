from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annual_review_identity_check_result import AnnualReviewIdentityCheckResult
from ..models.annual_review_joint_identity_check_result import (
    AnnualReviewJointIdentityCheckResult,
)
from ..models.annual_review_status import AnnualReviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnualReview")


@_attrs_define
class AnnualReview:
    """
    Attributes:
        user_id (int):
        risk_disclosure_needed (bool):
        archived (bool):
        status (AnnualReviewStatus): Closed, Open, Processed
        id (int | Unset):
        first_email (str | Unset):
        second_email (str | Unset):
        joint_first_email (str | Unset):
        joint_second_email (str | Unset):
        first_email_sent (datetime.datetime | Unset):
        second_email_sent (datetime.datetime | Unset):
        finished (datetime.datetime | Unset):
        joint_finished (datetime.datetime | Unset):
        identity_check_result (AnnualReviewIdentityCheckResult | Unset): Fail, Pass, ReviewNeeded
        joint_identity_check_result (AnnualReviewJointIdentityCheckResult | Unset): Fail, Pass, ReviewNeeded
        contact_info_id (int | Unset):
    """

    user_id: int
    risk_disclosure_needed: bool
    archived: bool
    status: AnnualReviewStatus
    id: int | Unset = UNSET
    first_email: str | Unset = UNSET
    second_email: str | Unset = UNSET
    joint_first_email: str | Unset = UNSET
    joint_second_email: str | Unset = UNSET
    first_email_sent: datetime.datetime | Unset = UNSET
    second_email_sent: datetime.datetime | Unset = UNSET
    finished: datetime.datetime | Unset = UNSET
    joint_finished: datetime.datetime | Unset = UNSET
    identity_check_result: AnnualReviewIdentityCheckResult | Unset = UNSET
    joint_identity_check_result: AnnualReviewJointIdentityCheckResult | Unset = UNSET
    contact_info_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        risk_disclosure_needed = self.risk_disclosure_needed

        archived = self.archived

        status = self.status.value

        id = self.id

        first_email = self.first_email

        second_email = self.second_email

        joint_first_email = self.joint_first_email

        joint_second_email = self.joint_second_email

        first_email_sent: str | Unset = UNSET
        if not isinstance(self.first_email_sent, Unset):
            first_email_sent = self.first_email_sent.isoformat()

        second_email_sent: str | Unset = UNSET
        if not isinstance(self.second_email_sent, Unset):
            second_email_sent = self.second_email_sent.isoformat()

        finished: str | Unset = UNSET
        if not isinstance(self.finished, Unset):
            finished = self.finished.isoformat()

        joint_finished: str | Unset = UNSET
        if not isinstance(self.joint_finished, Unset):
            joint_finished = self.joint_finished.isoformat()

        identity_check_result: str | Unset = UNSET
        if not isinstance(self.identity_check_result, Unset):
            identity_check_result = self.identity_check_result.value

        joint_identity_check_result: str | Unset = UNSET
        if not isinstance(self.joint_identity_check_result, Unset):
            joint_identity_check_result = self.joint_identity_check_result.value

        contact_info_id = self.contact_info_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "riskDisclosureNeeded": risk_disclosure_needed,
                "archived": archived,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_email is not UNSET:
            field_dict["firstEmail"] = first_email
        if second_email is not UNSET:
            field_dict["secondEmail"] = second_email
        if joint_first_email is not UNSET:
            field_dict["jointFirstEmail"] = joint_first_email
        if joint_second_email is not UNSET:
            field_dict["jointSecondEmail"] = joint_second_email
        if first_email_sent is not UNSET:
            field_dict["firstEmailSent"] = first_email_sent
        if second_email_sent is not UNSET:
            field_dict["secondEmailSent"] = second_email_sent
        if finished is not UNSET:
            field_dict["finished"] = finished
        if joint_finished is not UNSET:
            field_dict["jointFinished"] = joint_finished
        if identity_check_result is not UNSET:
            field_dict["identityCheckResult"] = identity_check_result
        if joint_identity_check_result is not UNSET:
            field_dict["jointIdentityCheckResult"] = joint_identity_check_result
        if contact_info_id is not UNSET:
            field_dict["contactInfoId"] = contact_info_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        risk_disclosure_needed = d.pop("riskDisclosureNeeded")

        archived = d.pop("archived")

        status = AnnualReviewStatus(d.pop("status"))

        id = d.pop("id", UNSET)

        first_email = d.pop("firstEmail", UNSET)

        second_email = d.pop("secondEmail", UNSET)

        joint_first_email = d.pop("jointFirstEmail", UNSET)

        joint_second_email = d.pop("jointSecondEmail", UNSET)

        _first_email_sent = d.pop("firstEmailSent", UNSET)
        first_email_sent: datetime.datetime | Unset
        if isinstance(_first_email_sent, Unset):
            first_email_sent = UNSET
        else:
            first_email_sent = datetime.datetime.fromisoformat(_first_email_sent)

        _second_email_sent = d.pop("secondEmailSent", UNSET)
        second_email_sent: datetime.datetime | Unset
        if isinstance(_second_email_sent, Unset):
            second_email_sent = UNSET
        else:
            second_email_sent = datetime.datetime.fromisoformat(_second_email_sent)

        _finished = d.pop("finished", UNSET)
        finished: datetime.datetime | Unset
        if isinstance(_finished, Unset):
            finished = UNSET
        else:
            finished = datetime.datetime.fromisoformat(_finished)

        _joint_finished = d.pop("jointFinished", UNSET)
        joint_finished: datetime.datetime | Unset
        if isinstance(_joint_finished, Unset):
            joint_finished = UNSET
        else:
            joint_finished = datetime.datetime.fromisoformat(_joint_finished)

        _identity_check_result = d.pop("identityCheckResult", UNSET)
        identity_check_result: AnnualReviewIdentityCheckResult | Unset
        if isinstance(_identity_check_result, Unset):
            identity_check_result = UNSET
        else:
            identity_check_result = AnnualReviewIdentityCheckResult(
                _identity_check_result
            )

        _joint_identity_check_result = d.pop("jointIdentityCheckResult", UNSET)
        joint_identity_check_result: AnnualReviewJointIdentityCheckResult | Unset
        if isinstance(_joint_identity_check_result, Unset):
            joint_identity_check_result = UNSET
        else:
            joint_identity_check_result = AnnualReviewJointIdentityCheckResult(
                _joint_identity_check_result
            )

        contact_info_id = d.pop("contactInfoId", UNSET)

        annual_review = cls(
            user_id=user_id,
            risk_disclosure_needed=risk_disclosure_needed,
            archived=archived,
            status=status,
            id=id,
            first_email=first_email,
            second_email=second_email,
            joint_first_email=joint_first_email,
            joint_second_email=joint_second_email,
            first_email_sent=first_email_sent,
            second_email_sent=second_email_sent,
            finished=finished,
            joint_finished=joint_finished,
            identity_check_result=identity_check_result,
            joint_identity_check_result=joint_identity_check_result,
            contact_info_id=contact_info_id,
        )

        annual_review.additional_properties = d
        return annual_review

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
