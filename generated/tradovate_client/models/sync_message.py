from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_risk_status import AccountRiskStatus
    from ..models.annual_review import AnnualReview
    from ..models.cash_balance import CashBalance
    from ..models.command import Command
    from ..models.command_report import CommandReport
    from ..models.contract import Contract
    from ..models.contract_group import ContractGroup
    from ..models.contract_maturity import ContractMaturity
    from ..models.currency import Currency
    from ..models.exchange import Exchange
    from ..models.execution_report import ExecutionReport
    from ..models.fill import Fill
    from ..models.fill_fee import FillFee
    from ..models.fill_pair import FillPair
    from ..models.margin_snapshot import MarginSnapshot
    from ..models.order import Order
    from ..models.order_strategy import OrderStrategy
    from ..models.order_strategy_link import OrderStrategyLink
    from ..models.order_strategy_type import OrderStrategyType
    from ..models.order_version import OrderVersion
    from ..models.position import Position
    from ..models.product import Product
    from ..models.property_ import Property
    from ..models.spread_definition import SpreadDefinition
    from ..models.user import User
    from ..models.user_account_auto_liq import UserAccountAutoLiq
    from ..models.user_plugin import UserPlugin
    from ..models.user_promo_code import UserPromoCode
    from ..models.user_property import UserProperty
    from ..models.user_read_status import UserReadStatus


T = TypeVar("T", bound="SyncMessage")


@_attrs_define
class SyncMessage:
    """
    Attributes:
        users (list[User]):
        contract_groups (list[ContractGroup]):
        user_properties (list[UserProperty] | Unset):
        properties (list[Property] | Unset):
        accounts (list[Account] | Unset):
        account_risk_statuses (list[AccountRiskStatus] | Unset):
        margin_snapshots (list[MarginSnapshot] | Unset):
        user_account_auto_liqs (list[UserAccountAutoLiq] | Unset):
        cash_balances (list[CashBalance] | Unset):
        currencies (list[Currency] | Unset):
        positions (list[Position] | Unset):
        fill_pairs (list[FillPair] | Unset):
        orders (list[Order] | Unset):
        contracts (list[Contract] | Unset):
        contract_maturities (list[ContractMaturity] | Unset):
        products (list[Product] | Unset):
        exchanges (list[Exchange] | Unset):
        spread_definitions (list[SpreadDefinition] | Unset):
        commands (list[Command] | Unset):
        command_reports (list[CommandReport] | Unset):
        execution_reports (list[ExecutionReport] | Unset):
        order_versions (list[OrderVersion] | Unset):
        fills (list[Fill] | Unset):
        fill_fees (list[FillFee] | Unset):
        order_strategies (list[OrderStrategy] | Unset):
        order_strategy_links (list[OrderStrategyLink] | Unset):
        user_plugins (list[UserPlugin] | Unset):
        annual_reviews (list[AnnualReview] | Unset):
        user_read_statuses (list[UserReadStatus] | Unset):
        user_promo_codes (list[UserPromoCode] | Unset):
        order_strategy_types (list[OrderStrategyType] | Unset):
    """

    users: list[User]
    contract_groups: list[ContractGroup]
    user_properties: list[UserProperty] | Unset = UNSET
    properties: list[Property] | Unset = UNSET
    accounts: list[Account] | Unset = UNSET
    account_risk_statuses: list[AccountRiskStatus] | Unset = UNSET
    margin_snapshots: list[MarginSnapshot] | Unset = UNSET
    user_account_auto_liqs: list[UserAccountAutoLiq] | Unset = UNSET
    cash_balances: list[CashBalance] | Unset = UNSET
    currencies: list[Currency] | Unset = UNSET
    positions: list[Position] | Unset = UNSET
    fill_pairs: list[FillPair] | Unset = UNSET
    orders: list[Order] | Unset = UNSET
    contracts: list[Contract] | Unset = UNSET
    contract_maturities: list[ContractMaturity] | Unset = UNSET
    products: list[Product] | Unset = UNSET
    exchanges: list[Exchange] | Unset = UNSET
    spread_definitions: list[SpreadDefinition] | Unset = UNSET
    commands: list[Command] | Unset = UNSET
    command_reports: list[CommandReport] | Unset = UNSET
    execution_reports: list[ExecutionReport] | Unset = UNSET
    order_versions: list[OrderVersion] | Unset = UNSET
    fills: list[Fill] | Unset = UNSET
    fill_fees: list[FillFee] | Unset = UNSET
    order_strategies: list[OrderStrategy] | Unset = UNSET
    order_strategy_links: list[OrderStrategyLink] | Unset = UNSET
    user_plugins: list[UserPlugin] | Unset = UNSET
    annual_reviews: list[AnnualReview] | Unset = UNSET
    user_read_statuses: list[UserReadStatus] | Unset = UNSET
    user_promo_codes: list[UserPromoCode] | Unset = UNSET
    order_strategy_types: list[OrderStrategyType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        contract_groups = []
        for contract_groups_item_data in self.contract_groups:
            contract_groups_item = contract_groups_item_data.to_dict()
            contract_groups.append(contract_groups_item)

        user_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_properties, Unset):
            user_properties = []
            for user_properties_item_data in self.user_properties:
                user_properties_item = user_properties_item_data.to_dict()
                user_properties.append(user_properties_item)

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        account_risk_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_risk_statuses, Unset):
            account_risk_statuses = []
            for account_risk_statuses_item_data in self.account_risk_statuses:
                account_risk_statuses_item = account_risk_statuses_item_data.to_dict()
                account_risk_statuses.append(account_risk_statuses_item)

        margin_snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.margin_snapshots, Unset):
            margin_snapshots = []
            for margin_snapshots_item_data in self.margin_snapshots:
                margin_snapshots_item = margin_snapshots_item_data.to_dict()
                margin_snapshots.append(margin_snapshots_item)

        user_account_auto_liqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_account_auto_liqs, Unset):
            user_account_auto_liqs = []
            for user_account_auto_liqs_item_data in self.user_account_auto_liqs:
                user_account_auto_liqs_item = user_account_auto_liqs_item_data.to_dict()
                user_account_auto_liqs.append(user_account_auto_liqs_item)

        cash_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_balances, Unset):
            cash_balances = []
            for cash_balances_item_data in self.cash_balances:
                cash_balances_item = cash_balances_item_data.to_dict()
                cash_balances.append(cash_balances_item)

        currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currencies, Unset):
            currencies = []
            for currencies_item_data in self.currencies:
                currencies_item = currencies_item_data.to_dict()
                currencies.append(currencies_item)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        fill_pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fill_pairs, Unset):
            fill_pairs = []
            for fill_pairs_item_data in self.fill_pairs:
                fill_pairs_item = fill_pairs_item_data.to_dict()
                fill_pairs.append(fill_pairs_item)

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        contract_maturities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contract_maturities, Unset):
            contract_maturities = []
            for contract_maturities_item_data in self.contract_maturities:
                contract_maturities_item = contract_maturities_item_data.to_dict()
                contract_maturities.append(contract_maturities_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        exchanges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchanges, Unset):
            exchanges = []
            for exchanges_item_data in self.exchanges:
                exchanges_item = exchanges_item_data.to_dict()
                exchanges.append(exchanges_item)

        spread_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spread_definitions, Unset):
            spread_definitions = []
            for spread_definitions_item_data in self.spread_definitions:
                spread_definitions_item = spread_definitions_item_data.to_dict()
                spread_definitions.append(spread_definitions_item)

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        command_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.command_reports, Unset):
            command_reports = []
            for command_reports_item_data in self.command_reports:
                command_reports_item = command_reports_item_data.to_dict()
                command_reports.append(command_reports_item)

        execution_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.execution_reports, Unset):
            execution_reports = []
            for execution_reports_item_data in self.execution_reports:
                execution_reports_item = execution_reports_item_data.to_dict()
                execution_reports.append(execution_reports_item)

        order_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_versions, Unset):
            order_versions = []
            for order_versions_item_data in self.order_versions:
                order_versions_item = order_versions_item_data.to_dict()
                order_versions.append(order_versions_item)

        fills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fills, Unset):
            fills = []
            for fills_item_data in self.fills:
                fills_item = fills_item_data.to_dict()
                fills.append(fills_item)

        fill_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fill_fees, Unset):
            fill_fees = []
            for fill_fees_item_data in self.fill_fees:
                fill_fees_item = fill_fees_item_data.to_dict()
                fill_fees.append(fill_fees_item)

        order_strategies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_strategies, Unset):
            order_strategies = []
            for order_strategies_item_data in self.order_strategies:
                order_strategies_item = order_strategies_item_data.to_dict()
                order_strategies.append(order_strategies_item)

        order_strategy_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_strategy_links, Unset):
            order_strategy_links = []
            for order_strategy_links_item_data in self.order_strategy_links:
                order_strategy_links_item = order_strategy_links_item_data.to_dict()
                order_strategy_links.append(order_strategy_links_item)

        user_plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_plugins, Unset):
            user_plugins = []
            for user_plugins_item_data in self.user_plugins:
                user_plugins_item = user_plugins_item_data.to_dict()
                user_plugins.append(user_plugins_item)

        annual_reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annual_reviews, Unset):
            annual_reviews = []
            for annual_reviews_item_data in self.annual_reviews:
                annual_reviews_item = annual_reviews_item_data.to_dict()
                annual_reviews.append(annual_reviews_item)

        user_read_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_read_statuses, Unset):
            user_read_statuses = []
            for user_read_statuses_item_data in self.user_read_statuses:
                user_read_statuses_item = user_read_statuses_item_data.to_dict()
                user_read_statuses.append(user_read_statuses_item)

        user_promo_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_promo_codes, Unset):
            user_promo_codes = []
            for user_promo_codes_item_data in self.user_promo_codes:
                user_promo_codes_item = user_promo_codes_item_data.to_dict()
                user_promo_codes.append(user_promo_codes_item)

        order_strategy_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_strategy_types, Unset):
            order_strategy_types = []
            for order_strategy_types_item_data in self.order_strategy_types:
                order_strategy_types_item = order_strategy_types_item_data.to_dict()
                order_strategy_types.append(order_strategy_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "contractGroups": contract_groups,
            }
        )
        if user_properties is not UNSET:
            field_dict["userProperties"] = user_properties
        if properties is not UNSET:
            field_dict["properties"] = properties
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if account_risk_statuses is not UNSET:
            field_dict["accountRiskStatuses"] = account_risk_statuses
        if margin_snapshots is not UNSET:
            field_dict["marginSnapshots"] = margin_snapshots
        if user_account_auto_liqs is not UNSET:
            field_dict["userAccountAutoLiqs"] = user_account_auto_liqs
        if cash_balances is not UNSET:
            field_dict["cashBalances"] = cash_balances
        if currencies is not UNSET:
            field_dict["currencies"] = currencies
        if positions is not UNSET:
            field_dict["positions"] = positions
        if fill_pairs is not UNSET:
            field_dict["fillPairs"] = fill_pairs
        if orders is not UNSET:
            field_dict["orders"] = orders
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if contract_maturities is not UNSET:
            field_dict["contractMaturities"] = contract_maturities
        if products is not UNSET:
            field_dict["products"] = products
        if exchanges is not UNSET:
            field_dict["exchanges"] = exchanges
        if spread_definitions is not UNSET:
            field_dict["spreadDefinitions"] = spread_definitions
        if commands is not UNSET:
            field_dict["commands"] = commands
        if command_reports is not UNSET:
            field_dict["commandReports"] = command_reports
        if execution_reports is not UNSET:
            field_dict["executionReports"] = execution_reports
        if order_versions is not UNSET:
            field_dict["orderVersions"] = order_versions
        if fills is not UNSET:
            field_dict["fills"] = fills
        if fill_fees is not UNSET:
            field_dict["fillFees"] = fill_fees
        if order_strategies is not UNSET:
            field_dict["orderStrategies"] = order_strategies
        if order_strategy_links is not UNSET:
            field_dict["orderStrategyLinks"] = order_strategy_links
        if user_plugins is not UNSET:
            field_dict["userPlugins"] = user_plugins
        if annual_reviews is not UNSET:
            field_dict["annualReviews"] = annual_reviews
        if user_read_statuses is not UNSET:
            field_dict["userReadStatuses"] = user_read_statuses
        if user_promo_codes is not UNSET:
            field_dict["userPromoCodes"] = user_promo_codes
        if order_strategy_types is not UNSET:
            field_dict["orderStrategyTypes"] = order_strategy_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account import Account
        from ..models.account_risk_status import AccountRiskStatus
        from ..models.annual_review import AnnualReview
        from ..models.cash_balance import CashBalance
        from ..models.command import Command
        from ..models.command_report import CommandReport
        from ..models.contract import Contract
        from ..models.contract_group import ContractGroup
        from ..models.contract_maturity import ContractMaturity
        from ..models.currency import Currency
        from ..models.exchange import Exchange
        from ..models.execution_report import ExecutionReport
        from ..models.fill import Fill
        from ..models.fill_fee import FillFee
        from ..models.fill_pair import FillPair
        from ..models.margin_snapshot import MarginSnapshot
        from ..models.order import Order
        from ..models.order_strategy import OrderStrategy
        from ..models.order_strategy_link import OrderStrategyLink
        from ..models.order_strategy_type import OrderStrategyType
        from ..models.order_version import OrderVersion
        from ..models.position import Position
        from ..models.product import Product
        from ..models.property_ import Property
        from ..models.spread_definition import SpreadDefinition
        from ..models.user import User
        from ..models.user_account_auto_liq import UserAccountAutoLiq
        from ..models.user_plugin import UserPlugin
        from ..models.user_promo_code import UserPromoCode
        from ..models.user_property import UserProperty
        from ..models.user_read_status import UserReadStatus

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = User.from_dict(users_item_data)

            users.append(users_item)

        contract_groups = []
        _contract_groups = d.pop("contractGroups")
        for contract_groups_item_data in _contract_groups:
            contract_groups_item = ContractGroup.from_dict(contract_groups_item_data)

            contract_groups.append(contract_groups_item)

        _user_properties = d.pop("userProperties", UNSET)
        user_properties: list[UserProperty] | Unset = UNSET
        if _user_properties is not UNSET:
            user_properties = []
            for user_properties_item_data in _user_properties:
                user_properties_item = UserProperty.from_dict(user_properties_item_data)

                user_properties.append(user_properties_item)

        _properties = d.pop("properties", UNSET)
        properties: list[Property] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = Property.from_dict(properties_item_data)

                properties.append(properties_item)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[Account] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = Account.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _account_risk_statuses = d.pop("accountRiskStatuses", UNSET)
        account_risk_statuses: list[AccountRiskStatus] | Unset = UNSET
        if _account_risk_statuses is not UNSET:
            account_risk_statuses = []
            for account_risk_statuses_item_data in _account_risk_statuses:
                account_risk_statuses_item = AccountRiskStatus.from_dict(
                    account_risk_statuses_item_data
                )

                account_risk_statuses.append(account_risk_statuses_item)

        _margin_snapshots = d.pop("marginSnapshots", UNSET)
        margin_snapshots: list[MarginSnapshot] | Unset = UNSET
        if _margin_snapshots is not UNSET:
            margin_snapshots = []
            for margin_snapshots_item_data in _margin_snapshots:
                margin_snapshots_item = MarginSnapshot.from_dict(
                    margin_snapshots_item_data
                )

                margin_snapshots.append(margin_snapshots_item)

        _user_account_auto_liqs = d.pop("userAccountAutoLiqs", UNSET)
        user_account_auto_liqs: list[UserAccountAutoLiq] | Unset = UNSET
        if _user_account_auto_liqs is not UNSET:
            user_account_auto_liqs = []
            for user_account_auto_liqs_item_data in _user_account_auto_liqs:
                user_account_auto_liqs_item = UserAccountAutoLiq.from_dict(
                    user_account_auto_liqs_item_data
                )

                user_account_auto_liqs.append(user_account_auto_liqs_item)

        _cash_balances = d.pop("cashBalances", UNSET)
        cash_balances: list[CashBalance] | Unset = UNSET
        if _cash_balances is not UNSET:
            cash_balances = []
            for cash_balances_item_data in _cash_balances:
                cash_balances_item = CashBalance.from_dict(cash_balances_item_data)

                cash_balances.append(cash_balances_item)

        _currencies = d.pop("currencies", UNSET)
        currencies: list[Currency] | Unset = UNSET
        if _currencies is not UNSET:
            currencies = []
            for currencies_item_data in _currencies:
                currencies_item = Currency.from_dict(currencies_item_data)

                currencies.append(currencies_item)

        _positions = d.pop("positions", UNSET)
        positions: list[Position] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = Position.from_dict(positions_item_data)

                positions.append(positions_item)

        _fill_pairs = d.pop("fillPairs", UNSET)
        fill_pairs: list[FillPair] | Unset = UNSET
        if _fill_pairs is not UNSET:
            fill_pairs = []
            for fill_pairs_item_data in _fill_pairs:
                fill_pairs_item = FillPair.from_dict(fill_pairs_item_data)

                fill_pairs.append(fill_pairs_item)

        _orders = d.pop("orders", UNSET)
        orders: list[Order] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = Order.from_dict(orders_item_data)

                orders.append(orders_item)

        _contracts = d.pop("contracts", UNSET)
        contracts: list[Contract] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in _contracts:
                contracts_item = Contract.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        _contract_maturities = d.pop("contractMaturities", UNSET)
        contract_maturities: list[ContractMaturity] | Unset = UNSET
        if _contract_maturities is not UNSET:
            contract_maturities = []
            for contract_maturities_item_data in _contract_maturities:
                contract_maturities_item = ContractMaturity.from_dict(
                    contract_maturities_item_data
                )

                contract_maturities.append(contract_maturities_item)

        _products = d.pop("products", UNSET)
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        _exchanges = d.pop("exchanges", UNSET)
        exchanges: list[Exchange] | Unset = UNSET
        if _exchanges is not UNSET:
            exchanges = []
            for exchanges_item_data in _exchanges:
                exchanges_item = Exchange.from_dict(exchanges_item_data)

                exchanges.append(exchanges_item)

        _spread_definitions = d.pop("spreadDefinitions", UNSET)
        spread_definitions: list[SpreadDefinition] | Unset = UNSET
        if _spread_definitions is not UNSET:
            spread_definitions = []
            for spread_definitions_item_data in _spread_definitions:
                spread_definitions_item = SpreadDefinition.from_dict(
                    spread_definitions_item_data
                )

                spread_definitions.append(spread_definitions_item)

        _commands = d.pop("commands", UNSET)
        commands: list[Command] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = Command.from_dict(commands_item_data)

                commands.append(commands_item)

        _command_reports = d.pop("commandReports", UNSET)
        command_reports: list[CommandReport] | Unset = UNSET
        if _command_reports is not UNSET:
            command_reports = []
            for command_reports_item_data in _command_reports:
                command_reports_item = CommandReport.from_dict(
                    command_reports_item_data
                )

                command_reports.append(command_reports_item)

        _execution_reports = d.pop("executionReports", UNSET)
        execution_reports: list[ExecutionReport] | Unset = UNSET
        if _execution_reports is not UNSET:
            execution_reports = []
            for execution_reports_item_data in _execution_reports:
                execution_reports_item = ExecutionReport.from_dict(
                    execution_reports_item_data
                )

                execution_reports.append(execution_reports_item)

        _order_versions = d.pop("orderVersions", UNSET)
        order_versions: list[OrderVersion] | Unset = UNSET
        if _order_versions is not UNSET:
            order_versions = []
            for order_versions_item_data in _order_versions:
                order_versions_item = OrderVersion.from_dict(order_versions_item_data)

                order_versions.append(order_versions_item)

        _fills = d.pop("fills", UNSET)
        fills: list[Fill] | Unset = UNSET
        if _fills is not UNSET:
            fills = []
            for fills_item_data in _fills:
                fills_item = Fill.from_dict(fills_item_data)

                fills.append(fills_item)

        _fill_fees = d.pop("fillFees", UNSET)
        fill_fees: list[FillFee] | Unset = UNSET
        if _fill_fees is not UNSET:
            fill_fees = []
            for fill_fees_item_data in _fill_fees:
                fill_fees_item = FillFee.from_dict(fill_fees_item_data)

                fill_fees.append(fill_fees_item)

        _order_strategies = d.pop("orderStrategies", UNSET)
        order_strategies: list[OrderStrategy] | Unset = UNSET
        if _order_strategies is not UNSET:
            order_strategies = []
            for order_strategies_item_data in _order_strategies:
                order_strategies_item = OrderStrategy.from_dict(
                    order_strategies_item_data
                )

                order_strategies.append(order_strategies_item)

        _order_strategy_links = d.pop("orderStrategyLinks", UNSET)
        order_strategy_links: list[OrderStrategyLink] | Unset = UNSET
        if _order_strategy_links is not UNSET:
            order_strategy_links = []
            for order_strategy_links_item_data in _order_strategy_links:
                order_strategy_links_item = OrderStrategyLink.from_dict(
                    order_strategy_links_item_data
                )

                order_strategy_links.append(order_strategy_links_item)

        _user_plugins = d.pop("userPlugins", UNSET)
        user_plugins: list[UserPlugin] | Unset = UNSET
        if _user_plugins is not UNSET:
            user_plugins = []
            for user_plugins_item_data in _user_plugins:
                user_plugins_item = UserPlugin.from_dict(user_plugins_item_data)

                user_plugins.append(user_plugins_item)

        _annual_reviews = d.pop("annualReviews", UNSET)
        annual_reviews: list[AnnualReview] | Unset = UNSET
        if _annual_reviews is not UNSET:
            annual_reviews = []
            for annual_reviews_item_data in _annual_reviews:
                annual_reviews_item = AnnualReview.from_dict(annual_reviews_item_data)

                annual_reviews.append(annual_reviews_item)

        _user_read_statuses = d.pop("userReadStatuses", UNSET)
        user_read_statuses: list[UserReadStatus] | Unset = UNSET
        if _user_read_statuses is not UNSET:
            user_read_statuses = []
            for user_read_statuses_item_data in _user_read_statuses:
                user_read_statuses_item = UserReadStatus.from_dict(
                    user_read_statuses_item_data
                )

                user_read_statuses.append(user_read_statuses_item)

        _user_promo_codes = d.pop("userPromoCodes", UNSET)
        user_promo_codes: list[UserPromoCode] | Unset = UNSET
        if _user_promo_codes is not UNSET:
            user_promo_codes = []
            for user_promo_codes_item_data in _user_promo_codes:
                user_promo_codes_item = UserPromoCode.from_dict(
                    user_promo_codes_item_data
                )

                user_promo_codes.append(user_promo_codes_item)

        _order_strategy_types = d.pop("orderStrategyTypes", UNSET)
        order_strategy_types: list[OrderStrategyType] | Unset = UNSET
        if _order_strategy_types is not UNSET:
            order_strategy_types = []
            for order_strategy_types_item_data in _order_strategy_types:
                order_strategy_types_item = OrderStrategyType.from_dict(
                    order_strategy_types_item_data
                )

                order_strategy_types.append(order_strategy_types_item)

        sync_message = cls(
            users=users,
            contract_groups=contract_groups,
            user_properties=user_properties,
            properties=properties,
            accounts=accounts,
            account_risk_statuses=account_risk_statuses,
            margin_snapshots=margin_snapshots,
            user_account_auto_liqs=user_account_auto_liqs,
            cash_balances=cash_balances,
            currencies=currencies,
            positions=positions,
            fill_pairs=fill_pairs,
            orders=orders,
            contracts=contracts,
            contract_maturities=contract_maturities,
            products=products,
            exchanges=exchanges,
            spread_definitions=spread_definitions,
            commands=commands,
            command_reports=command_reports,
            execution_reports=execution_reports,
            order_versions=order_versions,
            fills=fills,
            fill_fees=fill_fees,
            order_strategies=order_strategies,
            order_strategy_links=order_strategy_links,
            user_plugins=user_plugins,
            annual_reviews=annual_reviews,
            user_read_statuses=user_read_statuses,
            user_promo_codes=user_promo_codes,
            order_strategy_types=order_strategy_types,
        )

        sync_message.additional_properties = d
        return sync_message

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
