"""Market data and replay against the sandbox: typed streams, subscriptions that end, drift, resumes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tradovate_client.api.accounting import account_list

from auth_overlay import TokenAuth, api, errors
from auth_overlay.events import ContractDrift, Event
from auth_overlay.realtime import DOM, Backoff, ChartPacket, Clock, Histogram, Quote, QuoteEntry, SocketOptions
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

from .conftest import ManualTimer, until

MESZ6 = 3_570_919
FAST = SocketOptions(backoff=Backoff(base=0.01, cap=0.05))


async def first(stream: Any, count: int = 1) -> list[Any]:
    items = []
    async with asyncio.timeout(10):
        async for item in stream:
            items.append(item)
            if len(items) == count:
                return items
    return items


async def test_quotes_are_typed_and_the_md_socket_authorises_with_the_md_token(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    async with auth.market_data() as md, md.quotes("MESZ6") as quotes:
        (quote,) = await first(quotes)
    assert isinstance(quote, Quote)
    assert quote.contract_id == MESZ6
    assert quote.bid is not None
    assert quote.offer is not None
    assert quote.bid.price is not None
    assert quote.offer.price == quote.bid.price + 0.25
    assert quote.entry("OpeningPrice") == quote.entries[QuoteEntry.OPENINGPRICE]
    assert quote.entries[QuoteEntry.TOTALTRADEVOLUME].price is None  # missing price: None, not a crash
    assert quote.time is not None
    md_token = auth.get_token().md_access_token
    assert md_token is not None
    assert sandbox.sockets.stats().authorized_with == (sandbox.fingerprint(md_token),)


async def test_without_an_md_token_the_md_socket_authorises_with_the_access_token(sandbox: Sandbox) -> None:
    auth = sandbox_token_auth(sandbox, "tradovate")  # OAuth: no mdAccessToken in its answer
    async with auth.market_data() as md, md.quotes(MESZ6) as quotes:
        await first(quotes)
    token = auth.get_token()
    assert token.md_access_token is None
    assert sandbox.sockets.stats().authorized_with == (sandbox.fingerprint(token.access_token),)


async def test_leaving_a_subscription_sends_its_unsubscribe(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.market_data() as md:
        async with md.quotes("MESZ6") as one, md.quotes("MESZ6") as two:
            await first(one)
            await first(two)
        requests = sandbox.sockets.stats().requests
        async with md.dom("ESZ6") as dom, md.histogram("NQZ6") as histogram:
            (book,) = await first(dom)
            (volume,) = await first(histogram)
    requests = sandbox.sockets.stats().requests
    assert requests["md/subscribequote"] == requests["md/unsubscribequote"] == 1  # one vendor subscription
    assert requests["md/subscribedom"] == requests["md/unsubscribedom"] == 1
    assert requests["md/subscribehistogram"] == requests["md/unsubscribehistogram"] == 1
    assert isinstance(book, DOM)
    assert len(book.bids) == len(book.offers) == 5
    assert book.bids[0].price is not None
    assert book.offers[0].price is not None
    assert book.bids[0].price < book.offers[0].price
    assert isinstance(volume, Histogram)
    assert volume.items[0.0] > 0


async def test_an_unknown_quote_field_or_entry_is_tolerated_with_one_contract_drift(
    sandbox: Sandbox, auth: TokenAuth[Any], events: list[Event]
) -> None:
    api._drift.forget()
    sandbox.sockets.options.quote_extra = {"ImpliedVolatility": {"price": 0.2}, "exchangeSeq": 9}
    async with auth.market_data() as md, md.quotes("MESZ6") as quotes:
        received = await first(quotes, 3)
    entry = received[0].entry("ImpliedVolatility")
    assert entry is not None
    assert entry.price == 0.2
    unknown = next(e for e in received[0].entries if e == "ImpliedVolatility")
    assert not unknown.is_known
    assert received[0].additional_properties == {"exchangeSeq": 9}
    drifts = sorted((e.operation, e.path, e.kind) for e in events if isinstance(e, ContractDrift))
    assert drifts == [
        ("md/subscribeQuote", "$.quotes[*].entries.ImpliedVolatility", "unknown_enum_value"),
        ("md/subscribeQuote", "$.quotes[*].exchangeSeq", "unknown_field"),
    ]


async def test_subscriptions_are_sent_again_after_a_reconnect(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.market_data(options=FAST) as md, md.quotes("MESZ6") as quotes:
        await first(quotes)
        sandbox.sockets.drop()
        await until(lambda: sandbox.sockets.stats().requests.get("md/subscribequote", 0) == 2)
        while True:  # drain what came before the drop, then see the stream flow again
            (quote,) = await first(quotes)
            if md.connections == 2:
                break
    assert quote.contract_id == MESZ6
    assert sandbox.sockets.stats().authorized == {"market_data": 2}


async def test_an_unknown_symbol_fails_typed(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.market_data() as md:
        with pytest.raises(errors.NotFoundError):
            async with md.quotes("ZZZ9"):
                pass
        with pytest.raises(errors.BadRequestError):
            async with md.quotes(99):  # a contract id the vendor does not know
                pass


async def test_heartbeats_keep_their_cadence_while_streaming_without_h_and_nobody_consumes(
    sandbox: Sandbox, auth: TokenAuth[Any]
) -> None:
    sandbox.sockets.options.heartbeats_while_streaming = False
    sandbox.sockets.options.quote_interval = 0.005
    timer = ManualTimer()
    async with auth.market_data(options=SocketOptions(timer=timer, queue_size=5)) as md, md.quotes("MESZ6") as quotes:
        for beat in range(1, 9):  # the consumer never reads; quotes pile up (the newest kept)
            timer.advance(2.5)
            await until(lambda beat=beat: sandbox.sockets.stats().heartbeats.get("market_data", 0) == beat)
        assert quotes.dropped > 0
        assert md.connections == 1  # streaming data keeps the watchdog content
    assert sandbox.sockets.stats().heartbeats == {"market_data": 8}


async def test_a_chart_streams_history_then_realtime_and_is_cancelled(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.market_data() as md:
        async with md.chart("MESZ6", as_much_as_elements=5) as chart:
            packets = await first(chart, 3)
            ids = (chart.historical_id, chart.realtime_id)
        bodies = sandbox.sockets.stats().bodies
    history, end, live = packets
    assert all(isinstance(p, ChartPacket) for p in packets)
    assert len(history.bars) == 5
    assert history.bars[0].time == datetime(2025, 12, 1, 14, 30, tzinfo=UTC)
    assert end.eoh
    assert live.id == chart.realtime_id
    assert len(live.bars) == 1
    assert bodies["md/cancelchart"] == (f'{{"subscriptionId":{ids[1]}}}',)


async def test_tick_charts_are_made_absolute(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    async with auth.market_data() as md, md.chart("MESZ6", underlying_type="Tick", as_much_as_elements=6) as chart:
        later, earlier, end = await first(chart, 3)
    ticks = sorted([*later.ticks, *earlier.ticks], key=lambda t: t.time_ms)
    assert [t.id for t in ticks] == [0, 1, 2, 3, 4, 5]  # the second half came first
    assert ticks[2].price == 6050.25  # (bp + p) · ts, p = 0
    assert ticks[1].time_ms - ticks[0].time_ms == 250
    assert end.eoh


async def test_replay_checks_the_start_runs_a_typed_clock_and_trades(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    start = datetime(2025, 6, 2, 13, 30, 15, tzinfo=UTC)
    async with auth.replay(start=start, speed=50, initial_balance=25_000) as replay:
        assert replay.check_status == "StartTimestampAdjusted"
        assert replay.start == start.replace(second=0)
        ticks = replay.clock()
        (one, two) = await first(ticks, 2)
        await replay.change_speed(0)
        accounts = await replay.call(account_list.asyncio)
        async with replay.quotes("MESZ6") as quotes:
            (quote,) = await first(quotes)
    assert isinstance(one, Clock)
    assert one.speed == 50
    assert one.time is not None
    assert two.time is not None
    assert two.time > one.time
    assert len(accounts) == 1
    assert quote.contract_id == MESZ6
    assert sandbox.sockets.stats().requests["replay/changespeed"] == 1


async def test_an_ineligible_replay_start_is_refused_typed(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    with pytest.raises(errors.VendorRejectedError) as caught:
        async with auth.replay(start=datetime.now(UTC) + timedelta(days=1)):
            pass
    assert caught.value.vendor_code == "Ineligible"
    with pytest.raises(errors.ConfigurationError):
        auth.replay(start=datetime(2025, 1, 1, tzinfo=UTC), speed=401)
