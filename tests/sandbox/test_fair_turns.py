"""FairTurns on its own: who goes next, the bounds, and requests given up while waiting."""

import asyncio

import pytest

from app.sandbox.fairqueue import FairTurns, QueueFullError


class Run:
    """Requests taking turns, each holding its turn until the test lets it go."""

    def __init__(self, turns: FairTurns) -> None:
        self.turns = turns
        self.order: list[str] = []
        self._done: dict[str, asyncio.Event] = {}
        self.tasks: dict[str, asyncio.Task[None]] = {}

    def send(self, name: str) -> None:
        """A request named `<client>/<n>`, from that client."""
        self._done[name] = asyncio.Event()
        self.tasks[name] = asyncio.create_task(self._request(name))

    async def _request(self, name: str) -> None:
        async with self.turns.turn(name.split("/")[0]):
            self.order.append(name)
            await self._done[name].wait()

    async def finish(self, name: str) -> None:
        self._done[name].set()
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def _settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


def test_a_client_served_longest_ago_goes_before_those_that_keep_the_queue_full() -> None:
    async def scenario() -> list[str]:
        run = Run(FairTurns(workers=1, per_client=8, total=64))
        for name in ["a/1", "a/2", "a/3", "b/1", "b/2", "c/1"]:
            run.send(name)
        await _settle()
        for name in ["a/1", "b/1", "c/1"]:
            await run.finish(name)
        run.send("d/1")  # a newcomer, while a/2's turn runs and b/2, a/3 wait
        await _settle()
        for name in ["a/2", "d/1", "b/2", "a/3"]:
            await run.finish(name)
        return run.order

    # b and c were never served: before a's second; d, newer still, goes next.
    assert asyncio.run(scenario()) == ["a/1", "b/1", "c/1", "a/2", "d/1", "b/2", "a/3"]


def test_one_client_may_not_wait_more_than_its_bound() -> None:
    async def scenario() -> None:
        run = Run(FairTurns(workers=1, per_client=2, total=64))
        for name in ["a/1", "a/2", "a/3", "a/4"]:
            run.send(name)
        await _settle()
        with pytest.raises(QueueFullError):
            await run.tasks["a/4"]  # a/1 runs, a/2 and a/3 wait: no room
        for name in ["a/1", "a/2", "a/3"]:
            await run.finish(name)
        assert run.order == ["a/1", "a/2", "a/3"]

    asyncio.run(scenario())


def test_a_full_queue_refuses_the_newest_of_the_longest_waiting_client_for_a_newcomer() -> None:
    async def scenario() -> None:
        run = Run(FairTurns(workers=1, per_client=8, total=4))
        for name in ["a/0", "a/1", "a/2", "a/3", "a/4", "b/1", "b/2", "b/3"]:
            run.send(name)
        await _settle()
        # a/0 runs and 4 of a's wait, the most there is room for: b/1 and b/2 take the places
        # of a/4 and a/3; b/3 would give b as many waiting as a, so it is refused itself.
        for refused in ["a/4", "a/3", "b/3"]:
            with pytest.raises(QueueFullError):
                await run.tasks[refused]
        for name in ["a/0", "b/1", "a/1", "b/2", "a/2"]:
            await run.finish(name)
        assert run.order == ["a/0", "b/1", "a/1", "b/2", "a/2"]

    asyncio.run(scenario())


def test_a_request_given_up_while_waiting_leaves_the_queue_and_passes_no_turn_on() -> None:
    async def scenario() -> None:
        turns = FairTurns(workers=1, per_client=1, total=64)
        run = Run(turns)
        for name in ["a/1", "b/1", "c/1"]:
            run.send(name)
        await _settle()
        run.tasks["b/1"].cancel()
        await _settle()
        run.send("b/2")  # b's one waiting place is free again
        await _settle()
        for name in ["a/1", "c/1", "b/2"]:
            await run.finish(name)
        assert run.order == ["a/1", "c/1", "b/2"]
        assert (turns._free, turns._queued, turns._waiting) == (1, 0, {})

    asyncio.run(scenario())
