from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_duration_units import EntitlementDurationUnits
from ..models.entitlement_legal_entity_type import EntitlementLegalEntityType
from ..models.entitlement_purchase_type import EntitlementPurchaseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement:
    """
    Attributes:
        title (str):
        price (float):
        name (str):
        id (int | Unset):
        start_date (TradeDate | Unset):
        discontinued_date (TradeDate | Unset):
        duration (int | Unset):
        duration_units (EntitlementDurationUnits | Unset): Lifetime, Month, Quarter, Week, Year
        autorenewal (bool | Unset):
        legal_entity_type (EntitlementLegalEntityType | Unset): NTCore, SimPlusBeta
        required_non_pro_certification (bool | Unset):
        is_upgradable (bool | Unset):
        free_for_first_time (bool | Unset):
        min_days_between_use (int | Unset):
        purchase_type (EntitlementPurchaseType | Unset): Any, CreditCard, LiveAccount
        rebate_contracts_threshold (int | Unset):
        use_limit (int | Unset):
    """

    title: str
    price: float
    name: str
    id: int | Unset = UNSET
    start_date: TradeDate | Unset = UNSET
    discontinued_date: TradeDate | Unset = UNSET
    duration: int | Unset = UNSET
    duration_units: EntitlementDurationUnits | Unset = UNSET
    autorenewal: bool | Unset = UNSET
    legal_entity_type: EntitlementLegalEntityType | Unset = UNSET
    required_non_pro_certification: bool | Unset = UNSET
    is_upgradable: bool | Unset = UNSET
    free_for_first_time: bool | Unset = UNSET
    min_days_between_use: int | Unset = UNSET
    purchase_type: EntitlementPurchaseType | Unset = UNSET
    rebate_contracts_threshold: int | Unset = UNSET
    use_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        price = self.price

        name = self.name

        id = self.id

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        discontinued_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discontinued_date, Unset):
            discontinued_date = self.discontinued_date.to_dict()

        duration = self.duration

        duration_units: str | Unset = UNSET
        if not isinstance(self.duration_units, Unset):
            duration_units = self.duration_units.value

        autorenewal = self.autorenewal

        legal_entity_type: str | Unset = UNSET
        if not isinstance(self.legal_entity_type, Unset):
            legal_entity_type = self.legal_entity_type.value

        required_non_pro_certification = self.required_non_pro_certification

        is_upgradable = self.is_upgradable

        free_for_first_time = self.free_for_first_time

        min_days_between_use = self.min_days_between_use

        purchase_type: str | Unset = UNSET
        if not isinstance(self.purchase_type, Unset):
            purchase_type = self.purchase_type.value

        rebate_contracts_threshold = self.rebate_contracts_threshold

        use_limit = self.use_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "price": price,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if discontinued_date is not UNSET:
            field_dict["discontinuedDate"] = discontinued_date
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_units is not UNSET:
            field_dict["durationUnits"] = duration_units
        if autorenewal is not UNSET:
            field_dict["autorenewal"] = autorenewal
        if legal_entity_type is not UNSET:
            field_dict["legalEntityType"] = legal_entity_type
        if required_non_pro_certification is not UNSET:
            field_dict["requiredNonProCertification"] = required_non_pro_certification
        if is_upgradable is not UNSET:
            field_dict["isUpgradable"] = is_upgradable
        if free_for_first_time is not UNSET:
            field_dict["freeForFirstTime"] = free_for_first_time
        if min_days_between_use is not UNSET:
            field_dict["minDaysBetweenUse"] = min_days_between_use
        if purchase_type is not UNSET:
            field_dict["purchaseType"] = purchase_type
        if rebate_contracts_threshold is not UNSET:
            field_dict["rebateContractsThreshold"] = rebate_contracts_threshold
        if use_limit is not UNSET:
            field_dict["useLimit"] = use_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        title = d.pop("title")

        price = d.pop("price")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: TradeDate | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = TradeDate.from_dict(_start_date)

        _discontinued_date = d.pop("discontinuedDate", UNSET)
        discontinued_date: TradeDate | Unset
        if isinstance(_discontinued_date, Unset):
            discontinued_date = UNSET
        else:
            discontinued_date = TradeDate.from_dict(_discontinued_date)

        duration = d.pop("duration", UNSET)

        _duration_units = d.pop("durationUnits", UNSET)
        duration_units: EntitlementDurationUnits | Unset
        if isinstance(_duration_units, Unset):
            duration_units = UNSET
        else:
            duration_units = EntitlementDurationUnits(_duration_units)

        autorenewal = d.pop("autorenewal", UNSET)

        _legal_entity_type = d.pop("legalEntityType", UNSET)
        legal_entity_type: EntitlementLegalEntityType | Unset
        if isinstance(_legal_entity_type, Unset):
            legal_entity_type = UNSET
        else:
            legal_entity_type = EntitlementLegalEntityType(_legal_entity_type)

        required_non_pro_certification = d.pop("requiredNonProCertification", UNSET)

        is_upgradable = d.pop("isUpgradable", UNSET)

        free_for_first_time = d.pop("freeForFirstTime", UNSET)

        min_days_between_use = d.pop("minDaysBetweenUse", UNSET)

        _purchase_type = d.pop("purchaseType", UNSET)
        purchase_type: EntitlementPurchaseType | Unset
        if isinstance(_purchase_type, Unset):
            purchase_type = UNSET
        else:
            purchase_type = EntitlementPurchaseType(_purchase_type)

        rebate_contracts_threshold = d.pop("rebateContractsThreshold", UNSET)

        use_limit = d.pop("useLimit", UNSET)

        entitlement = cls(
            title=title,
            price=price,
            name=name,
            id=id,
            start_date=start_date,
            discontinued_date=discontinued_date,
            duration=duration,
            duration_units=duration_units,
            autorenewal=autorenewal,
            legal_entity_type=legal_entity_type,
            required_non_pro_certification=required_non_pro_certification,
            is_upgradable=is_upgradable,
            free_for_first_time=free_for_first_time,
            min_days_between_use=min_days_between_use,
            purchase_type=purchase_type,
            rebate_contracts_threshold=rebate_contracts_threshold,
            use_limit=use_limit,
        )

        entitlement.additional_properties = d
        return entitlement

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
