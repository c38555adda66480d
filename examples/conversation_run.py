"""A conversation run: the model calls local Python functions; the answer comes back as a model."""

import asyncio

from pydantic import BaseModel

from mistralkit import AsyncMistral, Mistral
from mistralkit.lib.run import RunContext, RunResult


class WeatherResult(BaseModel):
    location: str
    temperature: float


def get_weather(location: str) -> dict:
    """The weather at a location.

    Args:
        location: The city.
    """
    return {"location": location, "temperature": 18.5}


with Mistral() as client, RunContext(model="mistral-small-latest") as run_ctx:
    run_ctx.register_func(get_weather)
    result = client.beta.conversations.run(run_ctx=run_ctx, inputs="What is the weather in Paris?")
    for entry in result.output_entries:
        print(entry.type)
    print("answer:", result.output_as_text)
    # The same context continues the conversation.
    again = client.beta.conversations.run(run_ctx=run_ctx, inputs="And the weather in Rome?")
    print("same conversation:", again.conversation_id == result.conversation_id)


async def main() -> None:
    async with AsyncMistral() as client:
        async with RunContext(model="mistral-small-latest", output_format=WeatherResult) as run_ctx:
            events = await client.beta.conversations.run_stream(run_ctx=run_ctx, inputs="The weather in Paris, as JSON.")
            async for event in events:
                if isinstance(event, RunResult):
                    print("as a model:", event.output_as_model)


asyncio.run(main())
