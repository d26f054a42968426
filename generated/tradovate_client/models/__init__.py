"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accept_trading_permission import AcceptTradingPermission
    from .access_token_request import AccessTokenRequest
    from .access_token_response import AccessTokenResponse
    from .access_token_response_hibp_hint import AccessTokenResponseHibpHint
    from .access_token_response_user_status import AccessTokenResponseUserStatus
    from .account import Account
    from .account_account_type import AccountAccountType
    from .account_legal_status import AccountLegalStatus
    from .account_margin_account_type import AccountMarginAccountType
    from .account_risk_status import AccountRiskStatus
    from .account_risk_status_admin_action import AccountRiskStatusAdminAction
    from .account_risk_status_response import AccountRiskStatusResponse
    from .add_entitlement_subscription import AddEntitlementSubscription
    from .add_market_data_subscription import AddMarketDataSubscription
    from .add_tradovate_subscription import AddTradovateSubscription
    from .adjust_cash import AdjustCash
    from .adjust_cash_cash_change_type import AdjustCashCashChangeType
    from .admin_alert import AdminAlert
    from .admin_alert_signal import AdminAlertSignal
    from .admin_alert_signal_response import AdminAlertSignalResponse
    from .alert import Alert
    from .alert_response import AlertResponse
    from .alert_signal import AlertSignal
    from .alert_status import AlertStatus
    from .annual_review import AnnualReview
    from .annual_review_identity_check_result import AnnualReviewIdentityCheckResult
    from .annual_review_joint_identity_check_result import (
        AnnualReviewJointIdentityCheckResult,
    )
    from .annual_review_status import AnnualReviewStatus
    from .cancel_everything import CancelEverything
    from .cancel_everything_response import CancelEverythingResponse
    from .cancel_order import CancelOrder
    from .cancel_tradovate_subscription import CancelTradovateSubscription
    from .cash_balance import CashBalance
    from .cash_balance_log import CashBalanceLog
    from .cash_balance_log_cash_change_type import CashBalanceLogCashChangeType
    from .cash_balance_snapshot import CashBalanceSnapshot
    from .cash_balance_snapshot_withdrawal_reject_reason import (
        CashBalanceSnapshotWithdrawalRejectReason,
    )
    from .change_demo_balance import ChangeDemoBalance
    from .change_plugin_permission import ChangePluginPermission
    from .check_duplicate import CheckDuplicate
    from .clearing_house import ClearingHouse
    from .command import Command
    from .command_command_status import CommandCommandStatus
    from .command_command_type import CommandCommandType
    from .command_report import CommandReport
    from .command_report_command_status import CommandReportCommandStatus
    from .command_report_ord_status import CommandReportOrdStatus
    from .command_report_reject_reason import CommandReportRejectReason
    from .command_result import CommandResult
    from .command_result_failure_reason import CommandResultFailureReason
    from .complete_alert_signal import CompleteAlertSignal
    from .contact_info import ContactInfo
    from .contract import Contract
    from .contract_group import ContractGroup
    from .contract_margin import ContractMargin
    from .contract_maturity import ContractMaturity
    from .create_alert import CreateAlert
    from .create_evaluation_account_response import CreateEvaluationAccountResponse
    from .create_evaluation_accounts import CreateEvaluationAccounts
    from .create_evaluation_accounts_response import CreateEvaluationAccountsResponse
    from .create_evaluation_user_response import CreateEvaluationUserResponse
    from .create_evaluation_users import CreateEvaluationUsers
    from .create_evaluation_users_response import CreateEvaluationUsersResponse
    from .create_partner_sub_account_request import CreatePartnerSubAccountRequest
    from .create_partner_sub_account_request_margin_type import (
        CreatePartnerSubAccountRequestMarginType,
    )
    from .create_partner_sub_account_request_response import (
        CreatePartnerSubAccountRequestResponse,
    )
    from .create_partner_sub_account_request_response_status import (
        CreatePartnerSubAccountRequestResponseStatus,
    )
    from .create_trading_permission import CreateTradingPermission
    from .currency import Currency
    from .currency_rate import CurrencyRate
    from .delete_alert import DeleteAlert
    from .delete_result_response import DeleteResultResponse
    from .delete_user_account_position_limit import DeleteUserAccountPositionLimit
    from .delete_user_account_risk_parameter import DeleteUserAccountRiskParameter
    from .dismiss_alert import DismissAlert
    from .dry_run import DryRun
    from .dry_run_order import DryRunOrder
    from .dry_run_order_action import DryRunOrderAction
    from .dry_run_order_order_type import DryRunOrderOrderType
    from .dry_run_response import DryRunResponse
    from .dry_run_response_reject_reason import DryRunResponseRejectReason
    from .entitlement import Entitlement
    from .entitlement_duration_units import EntitlementDurationUnits
    from .entitlement_legal_entity_type import EntitlementLegalEntityType
    from .entitlement_purchase_type import EntitlementPurchaseType
    from .entitlement_subscription_response import EntitlementSubscriptionResponse
    from .entitlement_subscription_response_error_code import (
        EntitlementSubscriptionResponseErrorCode,
    )
    from .error_text import ErrorText
    from .estimated_fill_fee import EstimatedFillFee
    from .evaluation_account import EvaluationAccount
    from .evaluation_user import EvaluationUser
    from .exchange import Exchange
    from .execution_report import ExecutionReport
    from .execution_report_action import ExecutionReportAction
    from .execution_report_exec_type import ExecutionReportExecType
    from .execution_report_ord_status import ExecutionReportOrdStatus
    from .execution_report_reject_reason import ExecutionReportRejectReason
    from .expire_user_lockout import ExpireUserLockout
    from .extra_pre_trade_risk import ExtraPreTradeRisk
    from .extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
    from .extra_pre_trade_risk_products import ExtraPreTradeRiskProducts
    from .fill import Fill
    from .fill_action import FillAction
    from .fill_fee import FillFee
    from .fill_pair import FillPair
    from .get_account_trading_permissions import GetAccountTradingPermissions
    from .get_cash_balance_snapshot import GetCashBalanceSnapshot
    from .get_partner_sub_account_request_status import (
        GetPartnerSubAccountRequestStatus,
    )
    from .get_product_fee_params import GetProductFeeParams
    from .interrupt_order_strategy import InterruptOrderStrategy
    from .liquidate_position import LiquidatePosition
    from .liquidate_positions import LiquidatePositions
    from .margin_snapshot import MarginSnapshot
    from .mark_read_alert_signal import MarkReadAlertSignal
    from .market_data_subscription import MarketDataSubscription
    from .market_data_subscription_exchange_scope import (
        MarketDataSubscriptionExchangeScope,
    )
    from .market_data_subscription_plan import MarketDataSubscriptionPlan
    from .market_data_subscription_plan_data_type import (
        MarketDataSubscriptionPlanDataType,
    )
    from .market_data_subscription_plan_professional import (
        MarketDataSubscriptionPlanProfessional,
    )
    from .market_data_subscription_response import MarketDataSubscriptionResponse
    from .market_data_subscription_response_error_code import (
        MarketDataSubscriptionResponseErrorCode,
    )
    from .modify_alert import ModifyAlert
    from .modify_credentials import ModifyCredentials
    from .modify_email_address import ModifyEmailAddress
    from .modify_order import ModifyOrder
    from .modify_order_order_type import ModifyOrderOrderType
    from .modify_order_strategy import ModifyOrderStrategy
    from .modify_order_time_in_force import ModifyOrderTimeInForce
    from .modify_password import ModifyPassword
    from .o_auth_me_response import OAuthMeResponse
    from .o_auth_token import OAuthToken
    from .o_auth_token_response import OAuthTokenResponse
    from .open_demo_account import OpenDemoAccount
    from .open_demo_account_response import OpenDemoAccountResponse
    from .order import Order
    from .order_action import OrderAction
    from .order_ord_status import OrderOrdStatus
    from .order_strategy import OrderStrategy
    from .order_strategy_action import OrderStrategyAction
    from .order_strategy_link import OrderStrategyLink
    from .order_strategy_status import OrderStrategyStatus
    from .order_strategy_status_response import OrderStrategyStatusResponse
    from .order_strategy_status_response_failure_reason import (
        OrderStrategyStatusResponseFailureReason,
    )
    from .order_strategy_type import OrderStrategyType
    from .order_version import OrderVersion
    from .order_version_order_type import OrderVersionOrderType
    from .order_version_time_in_force import OrderVersionTimeInForce
    from .org_workspace_template_response import OrgWorkspaceTemplateResponse
    from .organization import Organization
    from .partner_sub_account_request_status_response import (
        PartnerSubAccountRequestStatusResponse,
    )
    from .partner_sub_account_request_status_response_status import (
        PartnerSubAccountRequestStatusResponseStatus,
    )
    from .permissioned_account_auto_liq import PermissionedAccountAutoLiq
    from .place_oco import PlaceOCO
    from .place_oco_action import PlaceOcoAction
    from .place_oco_order_type import PlaceOcoOrderType
    from .place_oco_result import PlaceOcoResult
    from .place_oco_result_failure_reason import PlaceOcoResultFailureReason
    from .place_oco_time_in_force import PlaceOcoTimeInForce
    from .place_order import PlaceOrder
    from .place_order_action import PlaceOrderAction
    from .place_order_order_type import PlaceOrderOrderType
    from .place_order_result import PlaceOrderResult
    from .place_order_result_failure_reason import PlaceOrderResultFailureReason
    from .place_order_time_in_force import PlaceOrderTimeInForce
    from .place_oso import PlaceOSO
    from .place_oso_action import PlaceOsoAction
    from .place_oso_order_type import PlaceOsoOrderType
    from .place_oso_result import PlaceOsoResult
    from .place_oso_result_failure_reason import PlaceOsoResultFailureReason
    from .place_oso_time_in_force import PlaceOsoTimeInForce
    from .poa_contact import POAContact
    from .position import Position
    from .post_trade_risk import PostTradeRisk
    from .post_trade_risk_trailing_max_drawdown_mode import (
        PostTradeRiskTrailingMaxDrawdownMode,
    )
    from .pre_trade_risk import PreTradeRisk
    from .pre_trade_risk_parameter import PreTradeRiskParameter
    from .pre_trade_risk_parameter_product_type import PreTradeRiskParameterProductType
    from .pre_trade_risk_parameter_product_verification_status import (
        PreTradeRiskParameterProductVerificationStatus,
    )
    from .pre_trade_risk_product_type import PreTradeRiskProductType
    from .pre_trade_risk_product_verification_status import (
        PreTradeRiskProductVerificationStatus,
    )
    from .pre_trade_risk_total_by import PreTradeRiskTotalBy
    from .product import Product
    from .product_fee_params import ProductFeeParams
    from .product_fee_params_response import ProductFeeParamsResponse
    from .product_margin import ProductMargin
    from .product_price_format_type import ProductPriceFormatType
    from .product_product_type import ProductProductType
    from .product_session import ProductSession
    from .product_status import ProductStatus
    from .property_ import Property
    from .property_property_type import PropertyPropertyType
    from .request_trading_permission import RequestTradingPermission
    from .reset_alert import ResetAlert
    from .reset_auto_liq_status import ResetAutoLiqStatus
    from .reset_demo_account_state import ResetDemoAccountState
    from .restrained_order_version import RestrainedOrderVersion
    from .restrained_order_version_action import RestrainedOrderVersionAction
    from .restrained_order_version_order_type import RestrainedOrderVersionOrderType
    from .restrained_order_version_time_in_force import (
        RestrainedOrderVersionTimeInForce,
    )
    from .revoke_trading_permission import RevokeTradingPermission
    from .revoke_trading_permissions import RevokeTradingPermissions
    from .risk_evaluation_details import RiskEvaluationDetails
    from .roll_contract import RollContract
    from .roll_contract_base import RollContractBase
    from .roll_contract_response import RollContractResponse
    from .roll_contracts_body import RollContracts
    from .roll_contracts_response import RollContractsResponse
    from .roll_contracts_response_contracts import RollContractsResponseContracts
    from .second_market_data_subscription import SecondMarketDataSubscription
    from .set_account_notes import SetAccountNotes
    from .set_admin_auto_liq_action import SetAdminAutoLiqAction
    from .set_admin_auto_liq_action_admin_action import SetAdminAutoLiqActionAdminAction
    from .set_admin_auto_liq_action_admin_action_reason_code import (
        SetAdminAutoLiqActionAdminActionReasonCode,
    )
    from .sharding_expression import ShardingExpression
    from .sign_up_organization_member import SignUpOrganizationMember
    from .sign_up_response import SignUpResponse
    from .sign_up_response_error_code import SignUpResponseErrorCode
    from .simple_response import SimpleResponse
    from .spread_definition import SpreadDefinition
    from .spread_definition_spread_type import SpreadDefinitionSpreadType
    from .start_order_strategy import StartOrderStrategy
    from .start_order_strategy_action import StartOrderStrategyAction
    from .submit_customer_application_document import SubmitCustomerApplicationDocument
    from .submit_customer_application_document_document_type import (
        SubmitCustomerApplicationDocumentDocumentType,
    )
    from .submit_customer_application_document_person_type import (
        SubmitCustomerApplicationDocumentPersonType,
    )
    from .submit_customer_application_document_process import (
        SubmitCustomerApplicationDocumentProcess,
    )
    from .submit_customer_application_document_response import (
        SubmitCustomerApplicationDocumentResponse,
    )
    from .submit_partner_sub_account_document import SubmitPartnerSubAccountDocument
    from .submit_partner_sub_account_document_document_type import (
        SubmitPartnerSubAccountDocumentDocumentType,
    )
    from .submit_partner_sub_account_document_response import (
        SubmitPartnerSubAccountDocumentResponse,
    )
    from .switch_risk_category import SwitchRiskCategory
    from .sync_message import SyncMessage
    from .sync_request import SyncRequest
    from .take_alert_signal_ownership import TakeAlertSignalOwnership
    from .trade_date import TradeDate
    from .trade_time import TradeTime
    from .trading_permission import TradingPermission
    from .trading_permission_response import TradingPermissionResponse
    from .trading_permission_status import TradingPermissionStatus
    from .trading_permissions_response import TradingPermissionsResponse
    from .tradovate_subscription import TradovateSubscription
    from .tradovate_subscription_plan import TradovateSubscriptionPlan
    from .tradovate_subscription_plan_duration_units import (
        TradovateSubscriptionPlanDurationUnits,
    )
    from .tradovate_subscription_response import TradovateSubscriptionResponse
    from .tradovate_subscription_response_error_code import (
        TradovateSubscriptionResponseErrorCode,
    )
    from .update_contact_country import UpdateContactCountry
    from .update_contact_info import UpdateContactInfo
    from .update_contact_info_name import UpdateContactInfoName
    from .update_contact_info_response import UpdateContactInfoResponse
    from .update_max_net_liq import UpdateMaxNetLiq
    from .update_user_auto_liq import UpdateUserAutoLiq
    from .update_user_auto_liq_item import UpdateUserAutoLiqItem
    from .update_user_auto_liq_item_response import UpdateUserAutoLiqItemResponse
    from .update_user_auto_liq_item_trailing_max_drawdown_mode import (
        UpdateUserAutoLiqItemTrailingMaxDrawdownMode,
    )
    from .update_user_auto_liq_response import UpdateUserAutoLiqResponse
    from .update_user_auto_liq_trailing_max_drawdown_mode import (
        UpdateUserAutoLiqTrailingMaxDrawdownMode,
    )
    from .update_user_auto_liqs import UpdateUserAutoLiqs
    from .update_user_auto_liqs_response import UpdateUserAutoLiqsResponse
    from .user import User
    from .user_account_auto_liq import UserAccountAutoLiq
    from .user_account_auto_liq_trailing_max_drawdown_mode import (
        UserAccountAutoLiqTrailingMaxDrawdownMode,
    )
    from .user_account_position_limit import UserAccountPositionLimit
    from .user_account_position_limit_product_type import (
        UserAccountPositionLimitProductType,
    )
    from .user_account_position_limit_product_verification_status import (
        UserAccountPositionLimitProductVerificationStatus,
    )
    from .user_account_position_limit_total_by import UserAccountPositionLimitTotalBy
    from .user_account_risk_parameter import UserAccountRiskParameter
    from .user_account_risk_parameter_product_type import (
        UserAccountRiskParameterProductType,
    )
    from .user_account_risk_parameter_product_verification_status import (
        UserAccountRiskParameterProductVerificationStatus,
    )
    from .user_plugin import UserPlugin
    from .user_promo_code import UserPromoCode
    from .user_promo_code_source import UserPromoCodeSource
    from .user_property import UserProperty
    from .user_read_status import UserReadStatus
    from .user_session import UserSession
    from .user_session_stats import UserSessionStats
    from .user_status import UserStatus
    from .user_status_message import UserStatusMessage
    from .user_status_message_status import UserStatusMessageStatus
    from .workspace_template import WorkspaceTemplate

__all__ = (
    "AcceptTradingPermission",
    "AccessTokenRequest",
    "AccessTokenResponse",
    "AccessTokenResponseHibpHint",
    "AccessTokenResponseUserStatus",
    "Account",
    "AccountAccountType",
    "AccountLegalStatus",
    "AccountMarginAccountType",
    "AccountRiskStatus",
    "AccountRiskStatusAdminAction",
    "AccountRiskStatusResponse",
    "AddEntitlementSubscription",
    "AddMarketDataSubscription",
    "AddTradovateSubscription",
    "AdjustCash",
    "AdjustCashCashChangeType",
    "AdminAlert",
    "AdminAlertSignal",
    "AdminAlertSignalResponse",
    "Alert",
    "AlertResponse",
    "AlertSignal",
    "AlertStatus",
    "AnnualReview",
    "AnnualReviewIdentityCheckResult",
    "AnnualReviewJointIdentityCheckResult",
    "AnnualReviewStatus",
    "CancelEverything",
    "CancelEverythingResponse",
    "CancelOrder",
    "CancelTradovateSubscription",
    "CashBalance",
    "CashBalanceLog",
    "CashBalanceLogCashChangeType",
    "CashBalanceSnapshot",
    "CashBalanceSnapshotWithdrawalRejectReason",
    "ChangeDemoBalance",
    "ChangePluginPermission",
    "CheckDuplicate",
    "ClearingHouse",
    "Command",
    "CommandCommandStatus",
    "CommandCommandType",
    "CommandReport",
    "CommandReportCommandStatus",
    "CommandReportOrdStatus",
    "CommandReportRejectReason",
    "CommandResult",
    "CommandResultFailureReason",
    "CompleteAlertSignal",
    "ContactInfo",
    "Contract",
    "ContractGroup",
    "ContractMargin",
    "ContractMaturity",
    "CreateAlert",
    "CreateEvaluationAccountResponse",
    "CreateEvaluationAccounts",
    "CreateEvaluationAccountsResponse",
    "CreateEvaluationUserResponse",
    "CreateEvaluationUsers",
    "CreateEvaluationUsersResponse",
    "CreatePartnerSubAccountRequest",
    "CreatePartnerSubAccountRequestMarginType",
    "CreatePartnerSubAccountRequestResponse",
    "CreatePartnerSubAccountRequestResponseStatus",
    "CreateTradingPermission",
    "Currency",
    "CurrencyRate",
    "DeleteAlert",
    "DeleteResultResponse",
    "DeleteUserAccountPositionLimit",
    "DeleteUserAccountRiskParameter",
    "DismissAlert",
    "DryRun",
    "DryRunOrder",
    "DryRunOrderAction",
    "DryRunOrderOrderType",
    "DryRunResponse",
    "DryRunResponseRejectReason",
    "Entitlement",
    "EntitlementDurationUnits",
    "EntitlementLegalEntityType",
    "EntitlementPurchaseType",
    "EntitlementSubscriptionResponse",
    "EntitlementSubscriptionResponseErrorCode",
    "ErrorText",
    "EstimatedFillFee",
    "EvaluationAccount",
    "EvaluationUser",
    "Exchange",
    "ExecutionReport",
    "ExecutionReportAction",
    "ExecutionReportExecType",
    "ExecutionReportOrdStatus",
    "ExecutionReportRejectReason",
    "ExpireUserLockout",
    "ExtraPreTradeRisk",
    "ExtraPreTradeRiskContracts",
    "ExtraPreTradeRiskProducts",
    "Fill",
    "FillAction",
    "FillFee",
    "FillPair",
    "GetAccountTradingPermissions",
    "GetCashBalanceSnapshot",
    "GetPartnerSubAccountRequestStatus",
    "GetProductFeeParams",
    "InterruptOrderStrategy",
    "LiquidatePosition",
    "LiquidatePositions",
    "MarginSnapshot",
    "MarkReadAlertSignal",
    "MarketDataSubscription",
    "MarketDataSubscriptionExchangeScope",
    "MarketDataSubscriptionPlan",
    "MarketDataSubscriptionPlanDataType",
    "MarketDataSubscriptionPlanProfessional",
    "MarketDataSubscriptionResponse",
    "MarketDataSubscriptionResponseErrorCode",
    "ModifyAlert",
    "ModifyCredentials",
    "ModifyEmailAddress",
    "ModifyOrder",
    "ModifyOrderOrderType",
    "ModifyOrderStrategy",
    "ModifyOrderTimeInForce",
    "ModifyPassword",
    "OAuthMeResponse",
    "OAuthToken",
    "OAuthTokenResponse",
    "OpenDemoAccount",
    "OpenDemoAccountResponse",
    "Order",
    "OrderAction",
    "OrderOrdStatus",
    "OrderStrategy",
    "OrderStrategyAction",
    "OrderStrategyLink",
    "OrderStrategyStatus",
    "OrderStrategyStatusResponse",
    "OrderStrategyStatusResponseFailureReason",
    "OrderStrategyType",
    "OrderVersion",
    "OrderVersionOrderType",
    "OrderVersionTimeInForce",
    "OrgWorkspaceTemplateResponse",
    "Organization",
    "POAContact",
    "PartnerSubAccountRequestStatusResponse",
    "PartnerSubAccountRequestStatusResponseStatus",
    "PermissionedAccountAutoLiq",
    "PlaceOCO",
    "PlaceOSO",
    "PlaceOcoAction",
    "PlaceOcoOrderType",
    "PlaceOcoResult",
    "PlaceOcoResultFailureReason",
    "PlaceOcoTimeInForce",
    "PlaceOrder",
    "PlaceOrderAction",
    "PlaceOrderOrderType",
    "PlaceOrderResult",
    "PlaceOrderResultFailureReason",
    "PlaceOrderTimeInForce",
    "PlaceOsoAction",
    "PlaceOsoOrderType",
    "PlaceOsoResult",
    "PlaceOsoResultFailureReason",
    "PlaceOsoTimeInForce",
    "Position",
    "PostTradeRisk",
    "PostTradeRiskTrailingMaxDrawdownMode",
    "PreTradeRisk",
    "PreTradeRiskParameter",
    "PreTradeRiskParameterProductType",
    "PreTradeRiskParameterProductVerificationStatus",
    "PreTradeRiskProductType",
    "PreTradeRiskProductVerificationStatus",
    "PreTradeRiskTotalBy",
    "Product",
    "ProductFeeParams",
    "ProductFeeParamsResponse",
    "ProductMargin",
    "ProductPriceFormatType",
    "ProductProductType",
    "ProductSession",
    "ProductStatus",
    "Property",
    "PropertyPropertyType",
    "RequestTradingPermission",
    "ResetAlert",
    "ResetAutoLiqStatus",
    "ResetDemoAccountState",
    "RestrainedOrderVersion",
    "RestrainedOrderVersionAction",
    "RestrainedOrderVersionOrderType",
    "RestrainedOrderVersionTimeInForce",
    "RevokeTradingPermission",
    "RevokeTradingPermissions",
    "RiskEvaluationDetails",
    "RollContract",
    "RollContractBase",
    "RollContractResponse",
    "RollContracts",
    "RollContractsResponse",
    "RollContractsResponseContracts",
    "SecondMarketDataSubscription",
    "SetAccountNotes",
    "SetAdminAutoLiqAction",
    "SetAdminAutoLiqActionAdminAction",
    "SetAdminAutoLiqActionAdminActionReasonCode",
    "ShardingExpression",
    "SignUpOrganizationMember",
    "SignUpResponse",
    "SignUpResponseErrorCode",
    "SimpleResponse",
    "SpreadDefinition",
    "SpreadDefinitionSpreadType",
    "StartOrderStrategy",
    "StartOrderStrategyAction",
    "SubmitCustomerApplicationDocument",
    "SubmitCustomerApplicationDocumentDocumentType",
    "SubmitCustomerApplicationDocumentPersonType",
    "SubmitCustomerApplicationDocumentProcess",
    "SubmitCustomerApplicationDocumentResponse",
    "SubmitPartnerSubAccountDocument",
    "SubmitPartnerSubAccountDocumentDocumentType",
    "SubmitPartnerSubAccountDocumentResponse",
    "SwitchRiskCategory",
    "SyncMessage",
    "SyncRequest",
    "TakeAlertSignalOwnership",
    "TradeDate",
    "TradeTime",
    "TradingPermission",
    "TradingPermissionResponse",
    "TradingPermissionStatus",
    "TradingPermissionsResponse",
    "TradovateSubscription",
    "TradovateSubscriptionPlan",
    "TradovateSubscriptionPlanDurationUnits",
    "TradovateSubscriptionResponse",
    "TradovateSubscriptionResponseErrorCode",
    "UpdateContactCountry",
    "UpdateContactInfo",
    "UpdateContactInfoName",
    "UpdateContactInfoResponse",
    "UpdateMaxNetLiq",
    "UpdateUserAutoLiq",
    "UpdateUserAutoLiqItem",
    "UpdateUserAutoLiqItemResponse",
    "UpdateUserAutoLiqItemTrailingMaxDrawdownMode",
    "UpdateUserAutoLiqResponse",
    "UpdateUserAutoLiqTrailingMaxDrawdownMode",
    "UpdateUserAutoLiqs",
    "UpdateUserAutoLiqsResponse",
    "User",
    "UserAccountAutoLiq",
    "UserAccountAutoLiqTrailingMaxDrawdownMode",
    "UserAccountPositionLimit",
    "UserAccountPositionLimitProductType",
    "UserAccountPositionLimitProductVerificationStatus",
    "UserAccountPositionLimitTotalBy",
    "UserAccountRiskParameter",
    "UserAccountRiskParameterProductType",
    "UserAccountRiskParameterProductVerificationStatus",
    "UserPlugin",
    "UserPromoCode",
    "UserPromoCodeSource",
    "UserProperty",
    "UserReadStatus",
    "UserSession",
    "UserSessionStats",
    "UserStatus",
    "UserStatusMessage",
    "UserStatusMessageStatus",
    "WorkspaceTemplate",
)

_MODULES = {
    "AcceptTradingPermission": ".accept_trading_permission",
    "AccessTokenRequest": ".access_token_request",
    "AccessTokenResponse": ".access_token_response",
    "AccessTokenResponseHibpHint": ".access_token_response_hibp_hint",
    "AccessTokenResponseUserStatus": ".access_token_response_user_status",
    "Account": ".account",
    "AccountAccountType": ".account_account_type",
    "AccountLegalStatus": ".account_legal_status",
    "AccountMarginAccountType": ".account_margin_account_type",
    "AccountRiskStatus": ".account_risk_status",
    "AccountRiskStatusAdminAction": ".account_risk_status_admin_action",
    "AccountRiskStatusResponse": ".account_risk_status_response",
    "AddEntitlementSubscription": ".add_entitlement_subscription",
    "AddMarketDataSubscription": ".add_market_data_subscription",
    "AddTradovateSubscription": ".add_tradovate_subscription",
    "AdjustCash": ".adjust_cash",
    "AdjustCashCashChangeType": ".adjust_cash_cash_change_type",
    "AdminAlert": ".admin_alert",
    "AdminAlertSignal": ".admin_alert_signal",
    "AdminAlertSignalResponse": ".admin_alert_signal_response",
    "Alert": ".alert",
    "AlertResponse": ".alert_response",
    "AlertSignal": ".alert_signal",
    "AlertStatus": ".alert_status",
    "AnnualReview": ".annual_review",
    "AnnualReviewIdentityCheckResult": ".annual_review_identity_check_result",
    "AnnualReviewJointIdentityCheckResult": ".annual_review_joint_identity_check_result",
    "AnnualReviewStatus": ".annual_review_status",
    "CancelEverything": ".cancel_everything",
    "CancelEverythingResponse": ".cancel_everything_response",
    "CancelOrder": ".cancel_order",
    "CancelTradovateSubscription": ".cancel_tradovate_subscription",
    "CashBalance": ".cash_balance",
    "CashBalanceLog": ".cash_balance_log",
    "CashBalanceLogCashChangeType": ".cash_balance_log_cash_change_type",
    "CashBalanceSnapshot": ".cash_balance_snapshot",
    "CashBalanceSnapshotWithdrawalRejectReason": ".cash_balance_snapshot_withdrawal_reject_reason",
    "ChangeDemoBalance": ".change_demo_balance",
    "ChangePluginPermission": ".change_plugin_permission",
    "CheckDuplicate": ".check_duplicate",
    "ClearingHouse": ".clearing_house",
    "Command": ".command",
    "CommandCommandStatus": ".command_command_status",
    "CommandCommandType": ".command_command_type",
    "CommandReport": ".command_report",
    "CommandReportCommandStatus": ".command_report_command_status",
    "CommandReportOrdStatus": ".command_report_ord_status",
    "CommandReportRejectReason": ".command_report_reject_reason",
    "CommandResult": ".command_result",
    "CommandResultFailureReason": ".command_result_failure_reason",
    "CompleteAlertSignal": ".complete_alert_signal",
    "ContactInfo": ".contact_info",
    "Contract": ".contract",
    "ContractGroup": ".contract_group",
    "ContractMargin": ".contract_margin",
    "ContractMaturity": ".contract_maturity",
    "CreateAlert": ".create_alert",
    "CreateEvaluationAccountResponse": ".create_evaluation_account_response",
    "CreateEvaluationAccounts": ".create_evaluation_accounts",
    "CreateEvaluationAccountsResponse": ".create_evaluation_accounts_response",
    "CreateEvaluationUserResponse": ".create_evaluation_user_response",
    "CreateEvaluationUsers": ".create_evaluation_users",
    "CreateEvaluationUsersResponse": ".create_evaluation_users_response",
    "CreatePartnerSubAccountRequest": ".create_partner_sub_account_request",
    "CreatePartnerSubAccountRequestMarginType": ".create_partner_sub_account_request_margin_type",
    "CreatePartnerSubAccountRequestResponse": ".create_partner_sub_account_request_response",
    "CreatePartnerSubAccountRequestResponseStatus": ".create_partner_sub_account_request_response_status",
    "CreateTradingPermission": ".create_trading_permission",
    "Currency": ".currency",
    "CurrencyRate": ".currency_rate",
    "DeleteAlert": ".delete_alert",
    "DeleteResultResponse": ".delete_result_response",
    "DeleteUserAccountPositionLimit": ".delete_user_account_position_limit",
    "DeleteUserAccountRiskParameter": ".delete_user_account_risk_parameter",
    "DismissAlert": ".dismiss_alert",
    "DryRun": ".dry_run",
    "DryRunOrder": ".dry_run_order",
    "DryRunOrderAction": ".dry_run_order_action",
    "DryRunOrderOrderType": ".dry_run_order_order_type",
    "DryRunResponse": ".dry_run_response",
    "DryRunResponseRejectReason": ".dry_run_response_reject_reason",
    "Entitlement": ".entitlement",
    "EntitlementDurationUnits": ".entitlement_duration_units",
    "EntitlementLegalEntityType": ".entitlement_legal_entity_type",
    "EntitlementPurchaseType": ".entitlement_purchase_type",
    "EntitlementSubscriptionResponse": ".entitlement_subscription_response",
    "EntitlementSubscriptionResponseErrorCode": ".entitlement_subscription_response_error_code",
    "ErrorText": ".error_text",
    "EstimatedFillFee": ".estimated_fill_fee",
    "EvaluationAccount": ".evaluation_account",
    "EvaluationUser": ".evaluation_user",
    "Exchange": ".exchange",
    "ExecutionReport": ".execution_report",
    "ExecutionReportAction": ".execution_report_action",
    "ExecutionReportExecType": ".execution_report_exec_type",
    "ExecutionReportOrdStatus": ".execution_report_ord_status",
    "ExecutionReportRejectReason": ".execution_report_reject_reason",
    "ExpireUserLockout": ".expire_user_lockout",
    "ExtraPreTradeRisk": ".extra_pre_trade_risk",
    "ExtraPreTradeRiskContracts": ".extra_pre_trade_risk_contracts",
    "ExtraPreTradeRiskProducts": ".extra_pre_trade_risk_products",
    "Fill": ".fill",
    "FillAction": ".fill_action",
    "FillFee": ".fill_fee",
    "FillPair": ".fill_pair",
    "GetAccountTradingPermissions": ".get_account_trading_permissions",
    "GetCashBalanceSnapshot": ".get_cash_balance_snapshot",
    "GetPartnerSubAccountRequestStatus": ".get_partner_sub_account_request_status",
    "GetProductFeeParams": ".get_product_fee_params",
    "InterruptOrderStrategy": ".interrupt_order_strategy",
    "LiquidatePosition": ".liquidate_position",
    "LiquidatePositions": ".liquidate_positions",
    "MarginSnapshot": ".margin_snapshot",
    "MarkReadAlertSignal": ".mark_read_alert_signal",
    "MarketDataSubscription": ".market_data_subscription",
    "MarketDataSubscriptionExchangeScope": ".market_data_subscription_exchange_scope",
    "MarketDataSubscriptionPlan": ".market_data_subscription_plan",
    "MarketDataSubscriptionPlanDataType": ".market_data_subscription_plan_data_type",
    "MarketDataSubscriptionPlanProfessional": ".market_data_subscription_plan_professional",
    "MarketDataSubscriptionResponse": ".market_data_subscription_response",
    "MarketDataSubscriptionResponseErrorCode": ".market_data_subscription_response_error_code",
    "ModifyAlert": ".modify_alert",
    "ModifyCredentials": ".modify_credentials",
    "ModifyEmailAddress": ".modify_email_address",
    "ModifyOrder": ".modify_order",
    "ModifyOrderOrderType": ".modify_order_order_type",
    "ModifyOrderStrategy": ".modify_order_strategy",
    "ModifyOrderTimeInForce": ".modify_order_time_in_force",
    "ModifyPassword": ".modify_password",
    "OAuthMeResponse": ".o_auth_me_response",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenResponse": ".o_auth_token_response",
    "OpenDemoAccount": ".open_demo_account",
    "OpenDemoAccountResponse": ".open_demo_account_response",
    "Order": ".order",
    "OrderAction": ".order_action",
    "OrderOrdStatus": ".order_ord_status",
    "OrderStrategy": ".order_strategy",
    "OrderStrategyAction": ".order_strategy_action",
    "OrderStrategyLink": ".order_strategy_link",
    "OrderStrategyStatus": ".order_strategy_status",
    "OrderStrategyStatusResponse": ".order_strategy_status_response",
    "OrderStrategyStatusResponseFailureReason": ".order_strategy_status_response_failure_reason",
    "OrderStrategyType": ".order_strategy_type",
    "OrderVersion": ".order_version",
    "OrderVersionOrderType": ".order_version_order_type",
    "OrderVersionTimeInForce": ".order_version_time_in_force",
    "OrgWorkspaceTemplateResponse": ".org_workspace_template_response",
    "Organization": ".organization",
    "PartnerSubAccountRequestStatusResponse": ".partner_sub_account_request_status_response",
    "PartnerSubAccountRequestStatusResponseStatus": ".partner_sub_account_request_status_response_status",
    "PermissionedAccountAutoLiq": ".permissioned_account_auto_liq",
    "PlaceOCO": ".place_oco",
    "PlaceOcoAction": ".place_oco_action",
    "PlaceOcoOrderType": ".place_oco_order_type",
    "PlaceOcoResult": ".place_oco_result",
    "PlaceOcoResultFailureReason": ".place_oco_result_failure_reason",
    "PlaceOcoTimeInForce": ".place_oco_time_in_force",
    "PlaceOrder": ".place_order",
    "PlaceOrderAction": ".place_order_action",
    "PlaceOrderOrderType": ".place_order_order_type",
    "PlaceOrderResult": ".place_order_result",
    "PlaceOrderResultFailureReason": ".place_order_result_failure_reason",
    "PlaceOrderTimeInForce": ".place_order_time_in_force",
    "PlaceOSO": ".place_oso",
    "PlaceOsoAction": ".place_oso_action",
    "PlaceOsoOrderType": ".place_oso_order_type",
    "PlaceOsoResult": ".place_oso_result",
    "PlaceOsoResultFailureReason": ".place_oso_result_failure_reason",
    "PlaceOsoTimeInForce": ".place_oso_time_in_force",
    "POAContact": ".poa_contact",
    "Position": ".position",
    "PostTradeRisk": ".post_trade_risk",
    "PostTradeRiskTrailingMaxDrawdownMode": ".post_trade_risk_trailing_max_drawdown_mode",
    "PreTradeRisk": ".pre_trade_risk",
    "PreTradeRiskParameter": ".pre_trade_risk_parameter",
    "PreTradeRiskParameterProductType": ".pre_trade_risk_parameter_product_type",
    "PreTradeRiskParameterProductVerificationStatus": ".pre_trade_risk_parameter_product_verification_status",
    "PreTradeRiskProductType": ".pre_trade_risk_product_type",
    "PreTradeRiskProductVerificationStatus": ".pre_trade_risk_product_verification_status",
    "PreTradeRiskTotalBy": ".pre_trade_risk_total_by",
    "Product": ".product",
    "ProductFeeParams": ".product_fee_params",
    "ProductFeeParamsResponse": ".product_fee_params_response",
    "ProductMargin": ".product_margin",
    "ProductPriceFormatType": ".product_price_format_type",
    "ProductProductType": ".product_product_type",
    "ProductSession": ".product_session",
    "ProductStatus": ".product_status",
    "Property": ".property_",
    "PropertyPropertyType": ".property_property_type",
    "RequestTradingPermission": ".request_trading_permission",
    "ResetAlert": ".reset_alert",
    "ResetAutoLiqStatus": ".reset_auto_liq_status",
    "ResetDemoAccountState": ".reset_demo_account_state",
    "RestrainedOrderVersion": ".restrained_order_version",
    "RestrainedOrderVersionAction": ".restrained_order_version_action",
    "RestrainedOrderVersionOrderType": ".restrained_order_version_order_type",
    "RestrainedOrderVersionTimeInForce": ".restrained_order_version_time_in_force",
    "RevokeTradingPermission": ".revoke_trading_permission",
    "RevokeTradingPermissions": ".revoke_trading_permissions",
    "RiskEvaluationDetails": ".risk_evaluation_details",
    "RollContract": ".roll_contract",
    "RollContractBase": ".roll_contract_base",
    "RollContractResponse": ".roll_contract_response",
    "RollContracts": ".roll_contracts_body",
    "RollContractsResponse": ".roll_contracts_response",
    "RollContractsResponseContracts": ".roll_contracts_response_contracts",
    "SecondMarketDataSubscription": ".second_market_data_subscription",
    "SetAccountNotes": ".set_account_notes",
    "SetAdminAutoLiqAction": ".set_admin_auto_liq_action",
    "SetAdminAutoLiqActionAdminAction": ".set_admin_auto_liq_action_admin_action",
    "SetAdminAutoLiqActionAdminActionReasonCode": ".set_admin_auto_liq_action_admin_action_reason_code",
    "ShardingExpression": ".sharding_expression",
    "SignUpOrganizationMember": ".sign_up_organization_member",
    "SignUpResponse": ".sign_up_response",
    "SignUpResponseErrorCode": ".sign_up_response_error_code",
    "SimpleResponse": ".simple_response",
    "SpreadDefinition": ".spread_definition",
    "SpreadDefinitionSpreadType": ".spread_definition_spread_type",
    "StartOrderStrategy": ".start_order_strategy",
    "StartOrderStrategyAction": ".start_order_strategy_action",
    "SubmitCustomerApplicationDocument": ".submit_customer_application_document",
    "SubmitCustomerApplicationDocumentDocumentType": ".submit_customer_application_document_document_type",
    "SubmitCustomerApplicationDocumentPersonType": ".submit_customer_application_document_person_type",
    "SubmitCustomerApplicationDocumentProcess": ".submit_customer_application_document_process",
    "SubmitCustomerApplicationDocumentResponse": ".submit_customer_application_document_response",
    "SubmitPartnerSubAccountDocument": ".submit_partner_sub_account_document",
    "SubmitPartnerSubAccountDocumentDocumentType": ".submit_partner_sub_account_document_document_type",
    "SubmitPartnerSubAccountDocumentResponse": ".submit_partner_sub_account_document_response",
    "SwitchRiskCategory": ".switch_risk_category",
    "SyncMessage": ".sync_message",
    "SyncRequest": ".sync_request",
    "TakeAlertSignalOwnership": ".take_alert_signal_ownership",
    "TradeDate": ".trade_date",
    "TradeTime": ".trade_time",
    "TradingPermission": ".trading_permission",
    "TradingPermissionResponse": ".trading_permission_response",
    "TradingPermissionStatus": ".trading_permission_status",
    "TradingPermissionsResponse": ".trading_permissions_response",
    "TradovateSubscription": ".tradovate_subscription",
    "TradovateSubscriptionPlan": ".tradovate_subscription_plan",
    "TradovateSubscriptionPlanDurationUnits": ".tradovate_subscription_plan_duration_units",
    "TradovateSubscriptionResponse": ".tradovate_subscription_response",
    "TradovateSubscriptionResponseErrorCode": ".tradovate_subscription_response_error_code",
    "UpdateContactCountry": ".update_contact_country",
    "UpdateContactInfo": ".update_contact_info",
    "UpdateContactInfoName": ".update_contact_info_name",
    "UpdateContactInfoResponse": ".update_contact_info_response",
    "UpdateMaxNetLiq": ".update_max_net_liq",
    "UpdateUserAutoLiq": ".update_user_auto_liq",
    "UpdateUserAutoLiqItem": ".update_user_auto_liq_item",
    "UpdateUserAutoLiqItemResponse": ".update_user_auto_liq_item_response",
    "UpdateUserAutoLiqItemTrailingMaxDrawdownMode": ".update_user_auto_liq_item_trailing_max_drawdown_mode",
    "UpdateUserAutoLiqResponse": ".update_user_auto_liq_response",
    "UpdateUserAutoLiqTrailingMaxDrawdownMode": ".update_user_auto_liq_trailing_max_drawdown_mode",
    "UpdateUserAutoLiqs": ".update_user_auto_liqs",
    "UpdateUserAutoLiqsResponse": ".update_user_auto_liqs_response",
    "User": ".user",
    "UserAccountAutoLiq": ".user_account_auto_liq",
    "UserAccountAutoLiqTrailingMaxDrawdownMode": ".user_account_auto_liq_trailing_max_drawdown_mode",
    "UserAccountPositionLimit": ".user_account_position_limit",
    "UserAccountPositionLimitProductType": ".user_account_position_limit_product_type",
    "UserAccountPositionLimitProductVerificationStatus": ".user_account_position_limit_product_verification_status",
    "UserAccountPositionLimitTotalBy": ".user_account_position_limit_total_by",
    "UserAccountRiskParameter": ".user_account_risk_parameter",
    "UserAccountRiskParameterProductType": ".user_account_risk_parameter_product_type",
    "UserAccountRiskParameterProductVerificationStatus": ".user_account_risk_parameter_product_verification_status",
    "UserPlugin": ".user_plugin",
    "UserPromoCode": ".user_promo_code",
    "UserPromoCodeSource": ".user_promo_code_source",
    "UserProperty": ".user_property",
    "UserReadStatus": ".user_read_status",
    "UserSession": ".user_session",
    "UserSessionStats": ".user_session_stats",
    "UserStatus": ".user_status",
    "UserStatusMessage": ".user_status_message",
    "UserStatusMessageStatus": ".user_status_message_status",
    "WorkspaceTemplate": ".workspace_template",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
