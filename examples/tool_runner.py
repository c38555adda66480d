"""The tool runner: give the model Python functions; it calls them until it can answer."""

import asyncio

from mistralkit import AsyncMistral, Mistral


def get_weather(city: str, unit: str = "celsius") -> dict:
    """The current weather in a city.

    Args:
        city: The city, e.g. Paris.
        unit: celsius or fahrenheit.
    """
    return {"city": city, "temperature": 18, "unit": unit, "sky": "sunny"}


async def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city.
    """
    await asyncio.sleep(0.01)
    return "14:05"


question = [{"role": "user", "content": "What is the weather and the time in Paris?"}]

with Mistral() as client:
    result = client.chat.run_tools(model="mistral-small-latest", messages=question, tools=[get_weather])
    print(f"after {result.rounds} rounds:", result.content)
    for message in result.messages:
        print(" ", message["role"], (message.get("content") or "")[:60])

    for event in client.chat.run_tools_stream(model="mistral-small-latest", messages=question, tools=[get_weather]):
        if event.type == "tool_result":
            print("tool", event.data.name, "->", event.data.output)
        elif event.type == "done":
            print("streamed answer:", event.data.content)


async def main() -> None:
    async with AsyncMistral() as client:
        # Both calls of a round run concurrently on the async client.
        result = await client.chat.run_tools(
            model="mistral-small-latest", messages=question, tools=[get_weather, get_time], parallel_tool_calls=True
        )
        print("async:", [r.name for r in result.tool_results], "->", result.content)


asyncio.run(main())
