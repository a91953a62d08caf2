import asyncio
async def player(name, my_turn, other_turn, rounds, log):
    for i in range(rounds):
        await my_turn.wait()
        my_turn.clear()
        log.append(f"{name} {i}")
        other_turn.set()
async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    log = []
    ping.set()
    await asyncio.gather(player("ping", ping, pong, 4, log), player("pong", pong, ping, 4, log))
    print(" ".join(log))
asyncio.run(main())
