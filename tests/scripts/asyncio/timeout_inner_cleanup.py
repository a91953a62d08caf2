# coil: virtual-time
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError first")
                raise
            finally:
                print("body finally")
    except TimeoutError as e:
        print("then TimeoutError; cause:", type(e.__cause__).__name__)
asyncio.run(main())
