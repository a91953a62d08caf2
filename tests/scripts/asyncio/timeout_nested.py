# coil: virtual-time
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout fired")
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer (shorter) fired through the inner one")
asyncio.run(main())
